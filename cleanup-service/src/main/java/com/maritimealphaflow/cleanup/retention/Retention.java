package com.maritimealphaflow.cleanup.retention;

import java.time.Duration;
import java.time.Instant;

/**
 * How long raw AIS is kept. At least one day and at most {@link #MAX_DAYS} days, wherever it comes from
 * (configuration or a request).
 *
 * @param period the length of time kept, counted back from the start of a run
 */
public record Retention(Duration period) {

    /** Why a shorter retention is refused; the message of every refusal. */
    public static final String TOO_SHORT = "must be at least one day (P1D): raw positions are removed a whole UTC day"
            + " at a time, and anything shorter would remove yesterday's positions while late reports may still be"
            + " written into them and the vessel counts still made from them";

    /**
     * A hundred years. Past it a retention keeps everything anyway, and near {@code Duration}'s own limit the cutoff
     * ({@code now - period}) would not be a representable instant at all.
     */
    public static final long MAX_DAYS = 36_525;

    /** Why a longer retention is refused. */
    public static final String TOO_LONG = "must be at most " + MAX_DAYS + " days (P" + MAX_DAYS + "D, a hundred years):"
            + " a longer one keeps everything anyway";

    public Retention {
        String refusal = refusal(period);
        if (refusal != null) {
            throw new IllegalArgumentException("retention " + period + " " + refusal);
        }
    }

    /** True for a period the cleanup accepts. */
    public static boolean allowed(Duration period) {
        return period != null && refusal(period) == null;
    }

    /** Why the cleanup refuses a period, or null when it accepts it. */
    public static String refusal(Duration period) {
        if (period == null || period.compareTo(Duration.ofDays(1)) < 0) {
            return TOO_SHORT;
        }
        if (period.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            return TOO_LONG;
        }
        return null;
    }

    /** Raw data whose whole day ends at or before this instant goes. */
    Instant cutoff(Instant now) {
        return now.minus(period);
    }

    /** ISO-8601 with whole days as days ({@code P180D}), where {@link Duration#toString()} would give hours. */
    @Override
    public String toString() {
        if (period.toSeconds() % 86_400 == 0 && period.toNanosPart() == 0) {
            return "P" + period.toDays() + "D";
        }
        return period.toString();
    }
}
