package com.maritimealphaflow.aggregation.marketrollups;

import com.maritimealphaflow.model.market.BarInterval;
import java.util.List;

/**
 * The intervals rolled up from 1-minute bars and the SQL that puts a minute in its bar. Intervals up to an hour follow
 * the clock (bars at :00, :05, …; every zone used is a whole number of hours from UTC); four-hour bars start at
 * 00:00, 04:00, … and daily bars at midnight of the series' zone, so an exchange day is one bar across DST changes
 * (23 or 25 hours).
 */
final class RollupIntervals {

    static final List<BarInterval> ROLLED_UP = List.of(
            BarInterval.FIVE_MINUTES,
            BarInterval.FIFTEEN_MINUTES,
            BarInterval.THIRTY_MINUTES,
            BarInterval.ONE_HOUR,
            BarInterval.FOUR_HOURS,
            BarInterval.ONE_DAY);

    private RollupIntervals() {}

    /** SQL of the bar start for a minute's {@code bar_time}; {@code ?} placeholders take the zone id. */
    static String bucket(BarInterval interval) {
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
    static int zoneParameters(BarInterval interval) {
        return switch (interval) {
            case FOUR_HOURS, ONE_DAY -> 2;
            default -> 0;
        };
    }
}
