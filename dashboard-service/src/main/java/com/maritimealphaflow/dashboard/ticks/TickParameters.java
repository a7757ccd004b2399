package com.maritimealphaflow.dashboard.ticks;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.service.BadRequestException;
import java.util.regex.Pattern;

/** Checks of the tick endpoints' parameters, made before any query: each refusal is a 400 naming the parameter. */
final class TickParameters {

    /** The symbols of the DEBS files (IEBBB.FR), Binance pairs (BTCUSDT) and the like. */
    static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9._:-]{1,40}");

    private static final Pattern SEARCH = Pattern.compile("[A-Za-z0-9._:-]{0,40}");

    private TickParameters() {}

    static String symbol(String parameter, String value) {
        if (value == null || !SYMBOL.matcher(value).matches()) {
            throw new BadRequestException(
                    parameter,
                    "'" + parameter + "' must be 1 to 40 letters, digits or . _ : -, was '"
                            + CategoryParameter.abbreviate(String.valueOf(value)) + "'");
        }
        return value;
    }

    static String search(String value) {
        String text = value == null ? "" : value.strip();
        if (!SEARCH.matcher(text).matches()) {
            throw new BadRequestException(
                    "q",
                    "'q' must be at most 40 letters, digits or . _ : -, was '" + CategoryParameter.abbreviate(text)
                            + "'");
        }
        return text;
    }

    static int limit(Integer value, int defaultValue, int max) {
        int chosen = value == null ? defaultValue : value;
        if (chosen < 1 || chosen > max) {
            throw new BadRequestException("limit", "'limit' must lie between 1 and " + max + ", was " + chosen);
        }
        return chosen;
    }
}
