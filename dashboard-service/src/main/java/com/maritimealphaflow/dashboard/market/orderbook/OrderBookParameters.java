package com.maritimealphaflow.dashboard.market.orderbook;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.service.BadRequestException;
import java.util.regex.Pattern;

/** Checks of the order book endpoints' parameters, made before any query: each refusal is a 400 naming the parameter. */
final class OrderBookParameters {

    /** Binance pairs (BTCUSDT) and the like, as the tick API takes them. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9._:-]{1,40}");

    /** The ingestion's source names: binance, polygon, alpaca, csv. */
    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private OrderBookParameters() {}

    static String symbol(String value) {
        if (value == null || !SYMBOL.matcher(value).matches()) {
            throw new BadRequestException(
                    "symbol",
                    "'symbol' must be 1 to 40 letters, digits or . _ : -, was '"
                            + CategoryParameter.abbreviate(String.valueOf(value)) + "'");
        }
        return value;
    }

    /** The source, or null when none is given (then the symbol's only source is meant). */
    static String source(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!SOURCE.matcher(value).matches()) {
            throw new BadRequestException(
                    "source",
                    "'source' must be 1 to 40 letters, digits or . _ -, was '" + CategoryParameter.abbreviate(value)
                            + "'");
        }
        return value;
    }

    static int count(String parameter, Integer value, int defaultValue, int max) {
        int chosen = value == null ? defaultValue : value;
        if (chosen < 1 || chosen > max) {
            throw new BadRequestException(
                    parameter, "'" + parameter + "' must lie between 1 and " + max + ", was " + chosen);
        }
        return chosen;
    }
}
