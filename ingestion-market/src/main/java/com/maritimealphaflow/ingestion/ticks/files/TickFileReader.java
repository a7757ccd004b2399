package com.maritimealphaflow.ingestion.ticks.files;

import com.maritimealphaflow.model.ticks.DebsTickFormat;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import com.maritimealphaflow.service.files.CountingInputStream;
import com.maritimealphaflow.service.text.BoundedLines;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a DEBS 2022 tick file (gzip'd or not, told by its first two bytes, not its name) row by row: {@code #}
 * comment lines and the {@code #} column description are passed over, the header line picks the
 * {@link DebsTickFormat}, and every data row after it is one {@link #next()}: an event, or a skip with its reason (a
 * malformed row never stops the file). Data rows before any header are malformed. Counts rows and the file's bytes
 * read (compressed bytes for a gzip'd file) for progress.
 */
public final class TickFileReader implements Closeable {

    /** What {@link #next()} found. */
    public enum Row {
        TICK,
        SKIPPED,
        END
    }

    private final CountingInputStream counted;
    private final BoundedLines lines;
    private final InputStream stream;
    private DebsTickFormat format;
    private long rows;
    private Tick tick;
    private TickSkipReason skipReason;

    private TickFileReader(InputStream in, int maxLineLength) throws IOException {
        counted = new CountingInputStream(in);
        BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        stream = first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        lines = new BoundedLines(new InputStreamReader(stream, StandardCharsets.UTF_8), maxLineLength);
    }

    public static TickFileReader open(Path file, int maxLineLength) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new TickFileReader(in, maxLineLength);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public static TickFileReader of(InputStream in, int maxLineLength) throws IOException {
        return new TickFileReader(in, maxLineLength);
    }

    /** The next data row: {@link #tick()} after {@link Row#TICK}, {@link #skipReason()} after {@link Row#SKIPPED}. */
    public Row next() throws IOException {
        String line;
        while ((line = lines.next()) != null) {
            if (line.isEmpty() || DebsTickFormat.isComment(line)) {
                continue;
            }
            if (DebsTickFormat.isHeader(line)) {
                try {
                    format = DebsTickFormat.ofHeader(line);
                    continue;
                } catch (IllegalArgumentException notAHeader) {
                    // a row whose symbol happens to be "ID": counted below as what it is
                }
            }
            rows++;
            if (format == null || lines.overlong()) {
                return skipped(TickSkipReason.MALFORMED);
            }
            tick = format.parse(line);
            if (tick == null) {
                return skipped(format.skipReason());
            }
            skipReason = null;
            return Row.TICK;
        }
        tick = null;
        return Row.END;
    }

    private Row skipped(TickSkipReason reason) {
        tick = null;
        skipReason = reason;
        return Row.SKIPPED;
    }

    public Tick tick() {
        return tick;
    }

    public TickSkipReason skipReason() {
        return skipReason;
    }

    /** Data rows read so far (comments and the header not counted). */
    public long rows() {
        return rows;
    }

    /** Bytes of the file read so far. */
    public long bytesRead() {
        return counted.count();
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
