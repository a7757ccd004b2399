package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Pattern;

/** Checks of the market endpoints' parameters, made before any query: each refusal is a 400 naming the parameter. */
final class MarketParameters {

    /** Binance pairs (BTCUSDT), tickers (BRK.B, ^GSPC), CSV names (EURUSD=X) and the like. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9._:^=/-]{1,40}");

    private MarketParameters() {}

    static String symbol(String value) {
        if (value == null || !SYMBOL.matcher(value).matches()) {
            throw new BadRequestException(
                    "symbol",
                    "'symbol' must be 1 to 40 letters, digits or . _ : ^ = / -, was '"
                            + CategoryParameter.abbreviate(String.valueOf(value)) + "'");
        }
        return value;
    }

    static BarInterval interval(String value) {
        if (value == null) {
            throw new BadRequestException(
                    "interval", "'interval' is required: one of " + String.join(", ", BarInterval.keys()));
        }
        return BarInterval.parse(value)
                .orElseThrow(() -> new BadRequestException(
                        "interval",
                        "'interval' must be one of " + String.join(", ", BarInterval.keys()) + ", was '"
                                + CategoryParameter.abbreviate(value) + "'"));
    }

    /** The source's key, or null when none is given. */
    static String source(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return MarketSource.parse(value.strip())
                .map(MarketSource::key)
                .orElseThrow(() -> new BadRequestException(
                        "source",
                        "'source' must be one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(MarketSource.values())
                                                .map(MarketSource::key)
                                                .toList())
                                + ", was '" + CategoryParameter.abbreviate(value) + "'"));
    }

    static void range(Instant from, Instant to) {
        RequestBounds.instant("from", from);
        RequestBounds.instant("to", to);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadRequestException("to", "'to' must lie after 'from'");
        }
    }

    static <E extends Enum<E>> E choice(String parameter, String value, E defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        for (E constant : defaultValue.getDeclaringClass().getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new BadRequestException(
                parameter,
                "'" + parameter + "' must be one of "
                        + String.join(
                                ", ",
                                Arrays.stream(defaultValue.getDeclaringClass().getEnumConstants())
                                        .map(c -> c.name().toLowerCase())
                                        .toList())
                        + ", was '" + CategoryParameter.abbreviate(value) + "'");
    }
}
