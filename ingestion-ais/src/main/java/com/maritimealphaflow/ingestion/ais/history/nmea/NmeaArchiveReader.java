package com.maritimealphaflow.ingestion.ais.history.nmea;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.ingestion.ais.history.ArchiveEntries;
import com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoder;
import com.maritimealphaflow.service.text.BoundedLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads NMEA archive files ({@code .nmea}, {@code .nm4}, {@code .txt} or any other name: plain text; {@code .gz}:
 * gzip; {@code .zip}: every file entry in order; opened by {@link ArchiveEntries}) as streams, line by line, through an archive's {@link NmeaDecoder}:
 * each report carries the time its line states (tag block {@code c}, a leading time stamp, or the USCG trailing
 * time; see {@code docs/nmea-archive-layouts.md}), and a message whose lines state none is rejected as
 * {@link RejectReason#MISSING_TIME}. Every file or zip entry is decoded on its own: a multi-sentence message left
 * unfinished at its end is rejected as incomplete, as the live path does at the end of a connection. A line longer
 * than the limit is rejected without being held. One reader per import; {@link #linesRead()} may be read from another
 * thread for progress.
 */
public final class NmeaArchiveReader {

    /** An NMEA sentence is at most 82 characters; tag blocks, logged stamps and USCG fields add well under this. */
    public static final int DEFAULT_MAX_LINE = 1024;

    private final int maxLine;
    private final AtomicLong linesRead = new AtomicLong();

    public NmeaArchiveReader() {
        this(DEFAULT_MAX_LINE);
    }

    public NmeaArchiveReader(int maxLine) {
        if (maxLine < 82) {
            throw new IllegalArgumentException("a line limit under 82 characters cuts NMEA sentences: " + maxLine);
        }
        this.maxLine = maxLine;
    }

    /** Reads one archive file, its format chosen by the name's ending. */
    public NmeaArchiveRead read(Path file, AisMessageSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in, sink);
        }
    }

    /**
     * Reads one archive from a stream (not closed here), its format chosen by {@code name}'s ending.
     *
     * @throws IOException if the stream cannot be read (a stream cut short is not that: see {@link NmeaArchiveRead})
     */
    public NmeaArchiveRead read(String name, InputStream in, AisMessageSink sink) throws IOException {
        Totals totals = new Totals(sink);
        int entries = ArchiveEntries.read(in, name, totals);
        return new NmeaArchiveRead(totals.lines, entries, totals.truncated);
    }

    /** Lines read so far by this reader, over every file: for progress. */
    public long linesRead() {
        return linesRead.get();
    }

    /** Decodes each entry on its own, adding up what they came to. */
    private final class Totals implements ArchiveEntries.EntryReader {

        private final AisMessageSink sink;
        private long lines;
        private boolean truncated;

        Totals(AisMessageSink sink) {
            this.sink = sink;
        }

        @Override
        public void read(String entryName, Reader text) throws IOException {
            NmeaDecoder decoder = NmeaDecoder.forArchive();
            BoundedLines entry = BoundedLines.upToACut(text, maxLine);
            for (String line = entry.next(); line != null; line = entry.next()) {
                if (line.isEmpty()) {
                    continue;
                }
                lines++;
                linesRead.incrementAndGet();
                if (entry.overlong()) {
                    sink.accept(new AisDecoding.Rejected(
                            RejectReason.MALFORMED_SENTENCE, "line longer than " + maxLine + " characters"));
                    continue;
                }
                ArchiveLine archived = ArchiveLine.of(line);
                decoder.decode(archived.nmea(), archived.loggedAt(), sink);
            }
            decoder.finish(sink);
            truncated |= entry.truncated();
        }
    }
}
