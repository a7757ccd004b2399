package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import dk.dma.ais.sentence.SentenceException;
import dk.dma.ais.sentence.Vdm;
import java.time.Clock;
import java.time.Instant;

/**
 * Decodes NMEA 0183 AIS lines ({@code !AIVDM}, {@code !AIVDO}, any talker such as {@code !BSVDM}), with or without
 * NMEA 4 tag blocks or a leading time stamp, into {@link AisDecoding}s: positions from types 1, 2, 3, 18 and 19,
 * static data from types 5, 19 and 24; other types are skipped. Multi-sentence messages are reassembled. The report
 * time is the tag block's {@code c}, else a leading time stamp, else the clock's now. AisLib (DMA) decodes the
 * six-bit payloads. One per stream; not thread-safe.
 */
public final class NmeaDecoder {

    private final Clock clock;
    private final FragmentAssembler fragments = new FragmentAssembler();

    public NmeaDecoder(Clock clock) {
        this.clock = clock;
    }

    /** Decodes one line (optionally with a tag block) into zero or more decodings for the sink. */
    public void decode(String line, AisMessageSink sink) {
        if (line == null || line.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        fragments.expire(now, sink);
        NmeaLine parsed;
        try {
            parsed = NmeaLine.parse(line);
        } catch (NmeaLine.BadLine e) {
            sink.accept(new AisDecoding.Rejected(e.reason(), e.getMessage() + ": " + line.strip()));
            return;
        }
        if (!parsed.ais()) {
            // A receiver or multiplexer may mix in GPS and other sentences: well-formed, just not ours.
            sink.accept(new AisDecoding.Skipped("non_ais_sentence"));
            return;
        }
        if (parsed.total() > 1) {
            FragmentAssembler.Assembled message = fragments.add(parsed, now, sink);
            if (message != null) {
                sink.accept(MessageReports.of(message.vdm(), message.reportedAt()));
            }
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
        sink.accept(MessageReports.of(vdm, parsed.reportedAt() != null ? parsed.reportedAt() : now));
    }

    /**
     * At the end of a stream (or of a connection): fragments still waiting for their other parts are rejected, and
     * the decoder starts afresh.
     */
    public void finish(AisMessageSink sink) {
        fragments.clear(sink);
    }
}
