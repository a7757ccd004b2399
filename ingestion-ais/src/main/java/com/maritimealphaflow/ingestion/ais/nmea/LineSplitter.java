package com.maritimealphaflow.ingestion.ais.nmea;

import java.util.function.Consumer;

/**
 * Cuts a byte stream into lines at CR or LF, keeping a partial line across reads. A {@code BufferedReader} would
 * lose the partial line when a read times out, and we read with short time-outs to notice a stop. NMEA is ASCII;
 * bytes map to chars one to one, so no input can fail to decode. A line longer than any NMEA line is cut short and
 * handed on as it is, to be rejected, rather than held without bound.
 */
final class LineSplitter {

    /** An NMEA sentence is at most 82 characters; tag blocks and logged prefixes add some. */
    static final int MAX_LINE = 2048;

    private final StringBuilder partial = new StringBuilder(128);
    private boolean overlong;

    /**
     * Feeds bytes and hands every completed line to {@code lines}.
     *
     * @return how many lines were completed
     */
    int feed(byte[] bytes, int length, Consumer<String> lines) {
        int completed = 0;
        for (int i = 0; i < length; i++) {
            char c = (char) (bytes[i] & 0xFF);
            if (c == '\n' || c == '\r') {
                if (!partial.isEmpty()) {
                    lines.accept(partial.toString());
                    completed++;
                }
                partial.setLength(0);
                overlong = false;
            } else if (overlong) {
                continue; // the rest of a line already handed on cut short
            } else if (partial.length() < MAX_LINE) {
                partial.append(c);
            } else {
                overlong = true;
                lines.accept(partial.toString());
                completed++;
                partial.setLength(0);
            }
        }
        return completed;
    }

    /** At the end of the stream: a last line without a line end still counts. */
    void flush(Consumer<String> lines) {
        if (!partial.isEmpty()) {
            lines.accept(partial.toString());
        }
        partial.setLength(0);
        overlong = false;
    }
}
