package com.maritimealphaflow.service.text;

import java.util.Locale;

/** Values of a request as an error message quotes them back: short, and with nothing that could forge a line. */
public final class Echo {

    private static final int QUOTED = 40;

    private Echo() {}

    /** The value cut to 40 characters (with an ellipsis), control characters shown as {@code \\uXXXX}. */
    public static String quoted(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (; i < value.length() && out.length() < QUOTED; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return i < value.length() ? out + "…" : out.toString();
    }
}
