package com.maritimealphaflow.dashboard;

import com.maritimealphaflow.service.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Plausibility checks of request values, made before any query runs. Java's time types accept years up to a billion,
 * which PostgreSQL's timestamps and JDBC's milliseconds cannot hold: such a value failed deep in a query as a 500. No
 * data of this system predates 1970 (Unix time, and AIS itself is from 2000) or lies beyond 2200, so anything outside
 * is a 400 naming the parameter.
 */
public final class RequestBounds {

    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private RequestBounds() {}

    /** {@code value} itself if it is null or lies in [1970, 2200). */
    public static Instant instant(String parameter, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(LATEST))) {
            throw new BadRequestException(
                    parameter,
                    "'" + parameter + "' must lie between " + EARLIEST + " and " + LATEST + ", was "
                            + CategoryParameter.abbreviate(value.toString()));
        }
        return value;
    }

    /** {@code value} itself if it is null or a day of [1970, 2200). */
    public static LocalDate date(String parameter, LocalDate value) {
        if (value != null) {
            try {
                instant(parameter, value.atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (BadRequestException e) {
                throw new BadRequestException(
                        parameter,
                        "'" + parameter + "' must be a day from " + LocalDate.ofInstant(EARLIEST, ZoneOffset.UTC)
                                + " to "
                                + LocalDate.ofInstant(LATEST, ZoneOffset.UTC).minusDays(1) + ", was "
                                + value);
            }
        }
        return value;
    }

    /**
     * {@code value} itself if it is null, or text of at most {@code maxLength} characters without control characters:
     * a NUL or line break in a name is never meant, and PostgreSQL refuses a NUL in text with an error of its own.
     */
    public static String text(String parameter, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new BadRequestException(parameter, "'" + parameter + "' is longer than " + maxLength + " characters");
        }
        if (hasControlCharacter(value)) {
            throw new BadRequestException(parameter, "'" + parameter + "' contains a control character");
        }
        return value;
    }

    public static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
