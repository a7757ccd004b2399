package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.text.Echo;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks every market request parameter passes before any work starts (backfills, CSV imports): each failure is a
 * 400 naming the parameter. The JDK's own failures on absurd values ({@link DateTimeException} for a year of 10⁹,
 * {@link ArithmeticException} when such an instant is turned into milliseconds) are caught here, at the boundary,
 * instead of surfacing as a 500 from deep in a query.
 */
public final class MarketParameters {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9._:/-]{0,31}");

    private MarketParameters() {}

    /** The symbol upper-cased and stripped; control characters (a NUL, a newline) are refused by name. */
    public static String symbol(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(parameter, "'" + parameter + "' is required: a symbol such as BTCUSDT");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new BadRequestException(
                    parameter,
                    "'" + quoted(value) + "' holds a control character: a symbol is letters, digits, . _ : / -");
        }
        String clean = value.strip().toUpperCase(Locale.ROOT);
        if (!SYMBOL.matcher(clean).matches()) {
            throw new BadRequestException(
                    parameter, "'" + quoted(value) + "' is not a symbol (1-32 of letters, digits, . _ : / -)");
        }
        return clean;
    }

    public static BarInterval interval(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(
                    parameter, "'" + parameter + "' is required: one of " + String.join(", ", BarInterval.keys()));
        }
        return BarInterval.parse(value.strip())
                .orElseThrow(() -> new BadRequestException(
                        parameter,
                        "unknown interval '" + quoted(value) + "': one of " + String.join(", ", BarInterval.keys())));
    }

    /**
     * An ISO-8601 instant ({@code 2026-01-05T00:00:00Z}) or date ({@code 2026-01-05}, midnight UTC) within
     * {@code [earliest, latest]}.
     */
    public static Instant time(String parameter, String value, Instant earliest, Instant latest) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(
                    parameter,
                    "'" + parameter
                            + "' is required: a time such as 2026-01-05T00:00:00Z or a date such as 2026-01-05");
        }
        Instant time;
        try {
            String v = value.strip();
            time = v.length() == 10
                    ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(v);
        } catch (DateTimeException | ArithmeticException e) {
            throw new BadRequestException(
                    parameter,
                    "'" + quoted(value) + "' is not a valid value for '" + parameter
                            + "': expected an ISO-8601 time such as 2026-01-05T00:00:00Z or a date such as 2026-01-05");
        }
        return within(parameter, time, earliest, latest);
    }

    /** The instant, or a 400 when it lies outside {@code [earliest, latest]}. */
    public static Instant within(String parameter, Instant time, Instant earliest, Instant latest) {
        if (time.isBefore(earliest) || time.isAfter(latest)) {
            throw new BadRequestException(
                    parameter,
                    "'" + parameter + "' (" + time + ") must be between " + earliest + " and " + latest
                            + ": there are no bars outside that range");
        }
        return time;
    }

    /** A value as quoted back in a message: short, control characters shown as {@code \\uXXXX}. */
    public static String quoted(String value) {
        return Echo.quoted(value);
    }
}
