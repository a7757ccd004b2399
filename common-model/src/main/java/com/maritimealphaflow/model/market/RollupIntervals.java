package com.maritimealphaflow.model.market;

import java.util.List;

/**
 * The intervals rolled up from 1-minute bars and the SQL that puts a minute in its bar. Intervals up to an hour follow
 * the clock (bars at :00, :05, …; every zone used is a whole number of hours from UTC); four-hour bars start at
 * 00:00, 04:00, … and daily bars at midnight of the series' zone, so an exchange day is one bar across DST changes
 * (23 or 25 hours).
 */
public final class RollupIntervals {

    public static final List<BarInterval> ROLLED_UP = List.of(
            BarInterval.FIVE_MINUTES,
            BarInterval.FIFTEEN_MINUTES,
            BarInterval.THIRTY_MINUTES,
            BarInterval.ONE_HOUR,
            BarInterval.FOUR_HOURS,
            BarInterval.ONE_DAY);

    /**
     * The SQL select list of one bar from the 1-minute rows {@code m} of its bucket: open (first), high, low, close
     * (last), volume, trades and VWAP (null unless every minute has them) and the number of minutes.
     */
    public static final String AGGREGATES =
            """
            (array_agg(m.open ORDER BY m.bar_time))[1] AS open, max(m.high) AS high, min(m.low) AS low,
            (array_agg(m.close ORDER BY m.bar_time DESC))[1] AS close, sum(m.volume) AS volume,
            CASE WHEN count(m.trades) = count(*) THEN sum(m.trades) END AS trades,
            CASE WHEN count(m.vwap) = count(*) AND sum(m.volume) > 0 THEN sum(m.vwap * m.volume) / sum(m.volume) END
                AS vwap,
            count(*) AS minutes""";

    private RollupIntervals() {}

    /** SQL of the bar start for a minute's {@code bar_time}; {@code ?} placeholders take the zone id. */
    public static String bucket(BarInterval interval) {
        return switch (interval) {
            case FIVE_MINUTES, FIFTEEN_MINUTES, THIRTY_MINUTES, ONE_HOUR -> "date_bin(interval '"
                    + interval.length().toMinutes() + " minutes', m.bar_time, timestamptz '2000-01-01 00:00:00+00')";
            case FOUR_HOURS -> "(date_bin(interval '4 hours', m.bar_time AT TIME ZONE ?, timestamp '2000-01-01')"
                    + " AT TIME ZONE ?)";
            case ONE_DAY -> "(date_trunc('day', m.bar_time AT TIME ZONE ?) AT TIME ZONE ?)";
            case ONE_MINUTE -> throw new IllegalArgumentException("1-minute bars are not rolled up");
        };
    }

    /** How many zone placeholders {@link #bucket} has. */
    public static int zoneParameters(BarInterval interval) {
        return switch (interval) {
            case FOUR_HOURS, ONE_DAY -> 2;
            default -> 0;
        };
    }
}
