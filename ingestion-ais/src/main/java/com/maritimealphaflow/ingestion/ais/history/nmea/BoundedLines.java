package com.maritimealphaflow.ingestion.ais.history.nmea;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines (LF, CRLF or CR) from a byte stream without ever holding more than one line of at most
 * {@code maxLength} characters: a longer line is skipped to its end and reported as overlong, not buffered. NMEA is
 * ASCII, so bytes map to chars one to one and no input can fail to decode. A UTF-8 byte order mark at the start is
 * dropped. A compressed stream that ends early (a download cut short) ends the lines, marked truncated; its partial
 * last line still comes, to be rejected like any cut line.
 */
final class BoundedLines {

    /** A line, or (text null) the mark of one longer than the limit. */
    record Line(String text) {
        boolean overlong() {
            return text == null;
        }
    }

    private static final Line OVERLONG = new Line(null);
    private static final int[] BOM = {0xEF, 0xBB, 0xBF};

    private final InputStream in;
    private final int maxLength;
    private final StringBuilder line;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean started;
    private boolean ended;
    private boolean truncated;

    BoundedLines(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
        this.line = new StringBuilder(Math.min(maxLength, 256));
    }

    /** The next non-empty line, or null at the end of the stream. */
    Line next() throws IOException {
        if (!started) {
            started = true;
            skipBom();
        }
        line.setLength(0);
        boolean overlong = false;
        while (!ended) {
            int b = read();
            if (b < 0) {
                ended = true;
            } else if (b == '\n' || b == '\r') {
                if (overlong) {
                    return OVERLONG;
                }
                if (!line.isEmpty()) {
                    return new Line(line.toString());
                }
            } else if (overlong) {
                continue; // the rest of a line already known to be too long
            } else if (line.length() < maxLength) {
                line.append((char) b);
            } else {
                overlong = true;
                line.setLength(0);
            }
        }
        if (overlong) {
            return OVERLONG;
        }
        return line.isEmpty() ? null : new Line(line.toString());
    }

    /** Whether the stream ended early (a truncated gzip or zip entry). */
    boolean truncated() {
        return truncated;
    }

    private int read() throws IOException {
        if (position == limit) {
            position = 0;
            limit = 0;
            if (!fillMore()) {
                return -1;
            }
        }
        return buffer[position++] & 0xFF;
    }

    private void skipBom() throws IOException {
        while (limit - position < BOM.length && fillMore()) {
            // a stream may hand over fewer bytes than asked for
        }
        if (limit - position >= BOM.length
                && (buffer[position] & 0xFF) == BOM[0]
                && (buffer[position + 1] & 0xFF) == BOM[1]
                && (buffer[position + 2] & 0xFF) == BOM[2]) {
            position += BOM.length;
        }
    }

    /** Appends what the stream has to the buffer, after what is in it; false at its end. */
    private boolean fillMore() throws IOException {
        int n;
        try {
            n = in.read(buffer, limit, buffer.length - limit);
        } catch (EOFException cutShort) {
            truncated = true;
            return false;
        }
        if (n > 0) {
            limit += n;
        }
        return n > 0;
    }
}
