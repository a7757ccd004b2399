package com.maritimealphaflow.ingestion.ais.store;

import java.time.Instant;

/** Builds rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private final StringBuilder out;
    private boolean firstInRow = true;

    CopyText(int capacity) {
        out = new StringBuilder(capacity);
    }

    CopyText add(Object value) {
        if (!firstInRow) {
            out.append('\t');
        }
        firstInRow = false;
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String s) {
            escape(s);
        } else if (value instanceof Instant instant) {
            // ISO-8601 with Z is read by timestamptz input regardless of the session's time zone
            out.append(instant);
        } else {
            out.append(value);
        }
        return this;
    }

    CopyText endRow() {
        out.append('\n');
        firstInRow = true;
        return this;
    }

    String text() {
        return out.toString();
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> {} // PostgreSQL text cannot hold NUL
                default -> out.append(c);
            }
        }
    }
}
