package com.maritimealphaflow.service.text;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;

/**
 * Cuts text into lines at LF, CR or CRLF without ever holding more than {@code maxLength} characters of a line: the
 * rest of a longer line is read past, not buffered, and the line is marked {@link #overlong()}. Unlike
 * {@link java.io.BufferedReader#readLine} a file of one 200 MB line costs no more memory than one of short lines.
 * Line breaks inside CSV quotes are not joined: joining would let one stray quote hold the rest of a file.
 *
 * <p>An {@link EOFException} from the text (a gzip or zip entry cut short) is an error like any other, unless the
 * lines come from {@link #upToACut}: then it ends the lines as the end of the text would, its partial last line still
 * comes, and {@link #truncated()} says so.
 */
public final class BoundedLines {

    private final Reader in;
    private final int maxLength;
    private final boolean endAtCut;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder(256);
    private int position;
    private int limit;
    private boolean afterCr;
    private boolean ended;
    private boolean overlong;
    private boolean truncated;

    /** Lines of {@code in} (not closed here), each at most {@code maxLength} characters. */
    public BoundedLines(Reader in, int maxLength) {
        this(in, maxLength, false);
    }

    private BoundedLines(Reader in, int maxLength, boolean endAtCut) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("a line limit must be at least one character: " + maxLength);
        }
        this.in = in;
        this.maxLength = maxLength;
        this.endAtCut = endAtCut;
    }

    /** Lines of a text that may end early: an {@link EOFException} ends them and marks them {@link #truncated()}. */
    public static BoundedLines upToACut(Reader in, int maxLength) {
        return new BoundedLines(in, maxLength, true);
    }

    /**
     * The next line without its line break (an empty string for an empty line), or null at the end of the text. Of an
     * {@link #overlong()} line only its first {@code maxLength} characters come.
     */
    public String next() throws IOException {
        line.setLength(0);
        overlong = false;
        boolean started = false;
        while (true) {
            if (position == limit && !fill()) {
                return started ? line.toString() : null;
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

    /** Whether the last line {@link #next()} returned was longer than the limit (and is cut short). */
    public boolean overlong() {
        return overlong;
    }

    /** Whether the text ended early (only lines read {@link #upToACut} can). */
    public boolean truncated() {
        return truncated;
    }

    /** Reads more text into the empty buffer; false at its end. */
    private boolean fill() throws IOException {
        position = 0;
        limit = 0;
        if (ended) {
            return false;
        }
        int n;
        try {
            n = in.read(buffer);
        } catch (EOFException cut) {
            if (!endAtCut) {
                throw cut;
            }
            truncated = true;
            n = -1;
        }
        if (n <= 0) {
            ended = true;
            return false;
        }
        limit = n;
        return true;
    }

    private void append(int start, int end) {
        int room = maxLength - line.length();
        if (end - start > room) {
            overlong = true;
            end = start + room;
        }
        line.append(buffer, start, end - start);
    }
}
