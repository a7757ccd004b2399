package com.maritimealphaflow.ingestion.ais.history.nmea;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.ingestion.ais.nmea.NmeaDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads NMEA archive files ({@code .nmea}, {@code .nm4}, {@code .txt} or any other name: plain text; {@code .gz}:
 * gzip; {@code .zip}: every file entry in order) as streams, line by line, through an archive's {@link NmeaDecoder}:
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

    private static final int BUFFER = 64 * 1024;

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
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return readZip(new ZipInputStream(in), sink);
        }
        InputStream text = lower.endsWith(".gz") ? new GZIPInputStream(in, BUFFER) : in;
        Entry entry = readEntry(text, sink);
        return new NmeaArchiveRead(entry.lines, 1, entry.truncated);
    }

    /** Lines read so far by this reader, over every file: for progress. */
    public long linesRead() {
        return linesRead.get();
    }

    private NmeaArchiveRead readZip(ZipInputStream zip, AisMessageSink sink) throws IOException {
        long lines = 0;
        int entries = 0;
        ZipEntry zipEntry;
        while ((zipEntry = zip.getNextEntry()) != null) {
            if (zipEntry.isDirectory()) {
                continue;
            }
            Entry entry = readEntry(zip, sink);
            lines += entry.lines;
            entries++;
            if (entry.truncated) {
                return new NmeaArchiveRead(lines, entries, true);
            }
        }
        return new NmeaArchiveRead(lines, entries, false);
    }

    private record Entry(long lines, boolean truncated) {}

    private Entry readEntry(InputStream in, AisMessageSink sink) throws IOException {
        NmeaDecoder decoder = NmeaDecoder.forArchive();
        BoundedLines lines = new BoundedLines(in, maxLine);
        long count = 0;
        BoundedLines.Line line;
        while ((line = lines.next()) != null) {
            count++;
            linesRead.incrementAndGet();
            if (line.overlong()) {
                sink.accept(new AisDecoding.Rejected(
                        RejectReason.MALFORMED_SENTENCE, "line longer than " + maxLine + " characters"));
                continue;
            }
            ArchiveLine archived = ArchiveLine.of(line.text());
            decoder.decode(archived.nmea(), archived.loggedAt(), sink);
        }
        decoder.finish(sink);
        return new Entry(count, lines.truncated());
    }
}
