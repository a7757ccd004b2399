package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import dk.dma.ais.sentence.SentenceException;
import dk.dma.ais.sentence.Vdm;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Decodes NMEA 0183 AIS lines ({@code !AIVDM}, {@code !AIVDO}, any talker such as {@code !BSVDM}), with or without
 * NMEA 4 tag blocks or a leading time stamp, into {@link AisDecoding}s: positions from types 1, 2, 3, 18 and 19,
 * static data from types 5, 19 and 24; other types are skipped. Multi-sentence messages are reassembled. The report
 * time is the tag block's {@code c}, else a leading time stamp, else the clock's now. AisLib (DMA) decodes the
 * six-bit payloads. One per stream; not thread-safe.
 *
 * <p>A decoder {@link #forArchive() for an archive} has no clock: every report time comes from the lines, a message
 * whose lines state none is rejected as {@link RejectReason#MISSING_TIME}, and unfinished multi-sentence messages
 * age by the lines' times, not the wall clock (an archive is read far faster than it was received).
 */
public final class NmeaDecoder {

    private final Clock clock; // null: an archive's decoder
    private final FragmentAssembler fragments = new FragmentAssembler();
    private Instant latestStated = Instant.EPOCH; // an archive's "now": the latest time its lines stated

    public NmeaDecoder(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private NmeaDecoder() {
        this.clock = null;
    }

    /** A decoder for archive files: report times only from the lines, never from a clock. */
    public static NmeaDecoder forArchive() {
        return new NmeaDecoder();
    }

    /** Decodes one line (optionally with a tag block) into zero or more decodings for the sink. */
    public void decode(String line, AisMessageSink sink) {
        decode(line, null, sink);
    }

    /**
     * Decodes one line whose time the caller found outside its tag blocks (an archive's leading stamp or trailing
     * field, taken off the line); a tag block's {@code c} still wins over it.
     *
     * @param lineTime that time, or null if the line has none outside its tag blocks
     */
    public void decode(String line, Instant lineTime, AisMessageSink sink) {
        if (line == null || line.isBlank()) {
            return;
        }
        Instant now = clock != null ? clock.instant() : latestStated;
        if (clock != null) {
            fragments.expire(now, sink);
        }
        NmeaLine parsed;
        try {
            parsed = NmeaLine.parse(line).orAt(lineTime);
        } catch (NmeaLine.BadLine e) {
            sink.accept(new AisDecoding.Rejected(e.reason(), e.getMessage() + ": " + line.strip()));
            return;
        }
        if (clock == null) {
            now = advanceArchiveTime(parsed, sink);
        }
        if (!parsed.ais()) {
            // A receiver or multiplexer may mix in GPS and other sentences: well-formed, just not ours.
            sink.accept(new AisDecoding.Skipped("non_ais_sentence"));
            return;
        }
        if (parsed.total() > 1) {
            FragmentAssembler.Assembled message = fragments.add(parsed, now, sink);
            if (message != null) {
                report(message.vdm(), message.statedAt(), message.startedAt(), sink);
            }
            return;
        }
        if (clock == null && parsed.reportedAt() == null) {
            sink.accept(missingTime(parsed.sentence()));
            return;
        }
        Vdm vdm = new Vdm();
        try {
            vdm.parse(parsed.sentence());
        } catch (SentenceException | RuntimeException e) {
            sink.accept(new AisDecoding.Rejected(
                    RejectReason.MALFORMED_SENTENCE, e.getMessage() + ": " + parsed.sentence()));
            return;
        }
        report(vdm, parsed.reportedAt(), now, sink);
    }

    /**
     * At the end of a stream (or of a connection): fragments still waiting for their other parts are rejected, and
     * the decoder starts afresh.
     */
    public void finish(AisMessageSink sink) {
        fragments.clear(sink);
    }

    /**
     * Moves an archive's now to the line's time and expires what is too old by it. Only a line that may start a
     * message does so: the later fragments of a message often state no time of their own (NMEA 4 groups carry
     * {@code c} on the first line only), and one that does must not expire the very message it completes.
     */
    private Instant advanceArchiveTime(NmeaLine parsed, AisMessageSink sink) {
        Instant stated = parsed.reportedAt();
        if (stated != null && stated.isAfter(latestStated) && parsed.number() <= 1) {
            latestStated = stated;
            fragments.expire(latestStated, sink);
        }
        return latestStated;
    }

    private void report(Vdm vdm, Instant statedAt, Instant receivedAt, AisMessageSink sink) {
        if (statedAt != null) {
            sink.accept(MessageReports.of(vdm, statedAt));
        } else if (clock != null) {
            sink.accept(MessageReports.of(vdm, receivedAt));
        } else {
            sink.accept(missingTime(String.join(" ", vdm.getRawSentences())));
        }
    }

    private static AisDecoding.Rejected missingTime(String sentences) {
        return new AisDecoding.Rejected(RejectReason.MISSING_TIME, "no time in the line: " + sentences);
    }
}
