package com.maritimealphaflow.model.ais;

import java.util.regex.Pattern;

/** Clean-up of AIS six-bit text fields (names, call signs, destinations). */
public final class AisText {

    private AisText() {}

    /**
     * Trims the padding AIS puts in fixed-width text: {@code @} (six-bit zero) and spaces at either end, and
     * collapses inner runs of spaces. Returns null for text that is empty after that.
     */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isPadding(raw.charAt(start))) start++;
        while (end > start && isPadding(raw.charAt(end - 1))) end--;
        if (start == end) {
            return null;
        }
        String trimmed = raw.substring(start, end);
        // Some transmitters pad with '@' in the middle of the field too ("ROTTERDAM@@@@ NL").
        int at = trimmed.indexOf('@');
        if (at >= 0) {
            trimmed = trimmed.substring(0, at).strip();
            if (trimmed.isEmpty()) {
                return null;
            }
        }
        // most names have no double space: skip the regex (compiled once) for them
        return trimmed.contains("  ") ? SPACES.matcher(trimmed).replaceAll(" ") : trimmed;
    }

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private static boolean isPadding(char c) {
        return c == '@' || Character.isWhitespace(c) || c == '\0';
    }
}
