package com.maritimealphaflow.ingestion.market.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a file, each at most {@code maxLength} characters: unlike {@link java.io.BufferedReader#readLine} it
 * never holds a longer line, so a file of one 200 MB line costs no more memory than one of short lines. A line ends
 * at {@code \n}, {@code \r\n} or a lone {@code \r}.
 */
final class CsvLines {

    /** Stands for a line that was longer than allowed; its characters were skipped. */
    static final String TOO_LONG = new String("(line too long)");

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder(256);
    private int position;
    private int limit;
    private boolean skipLineFeed;

    CsvLines(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its end, {@link #TOO_LONG} (compare by identity) for an overlong one, null at the end. */
    String next() throws IOException {
        line.setLength(0);
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? (tooLong ? TOO_LONG : line.toString()) : null;
                }
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                return tooLong ? TOO_LONG : line.toString();
            }
            if (tooLong) {
                continue;
            }
            if (line.length() == maxLength) {
                tooLong = true;
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }
}
