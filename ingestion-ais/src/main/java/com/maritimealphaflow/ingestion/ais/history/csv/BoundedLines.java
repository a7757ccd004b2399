package com.maritimealphaflow.ingestion.ais.history.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts text into lines at LF, CR or CRLF, holding at most {@code maxLength} characters of a line: the rest of a
 * longer line is read past, not buffered, and the line is marked {@link #overlong()} so that it is rejected. Quoted
 * line breaks are not joined: archive CSVs do not contain them, and joining would let one stray quote hold the rest
 * of a file in memory.
 */
final class BoundedLines {

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder(256);
    private int position;
    private int limit;
    private boolean afterCr;
    private boolean overlong;

    BoundedLines(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its line break, or null at the end of the text. */
    String next() throws IOException {
        line.setLength(0);
        overlong = false;
        boolean started = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(in.read(buffer), 0);
                position = 0;
                if (limit == 0) {
                    return started ? line.toString() : null;
                }
            }
            if (afterCr) {
                afterCr = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            append(start, position);
            started = true;
            if (position < limit) {
                afterCr = buffer[position] == '\r';
                position++;
                return line.toString();
            }
        }
    }

    /** Whether the last line returned was longer than the limit (and is cut short). */
    boolean overlong() {
        return overlong;
    }

    private void append(int start, int end) {
        int room = maxLength - line.length();
        if (end - start > room) {
            overlong = true;
            end = start + Math.max(room, 0);
        }
        line.append(buffer, start, end - start);
    }
}
