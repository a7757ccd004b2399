package com.maritimealphaflow.dashboard.research.leadlag;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.function.ToIntFunction;

/** Series transforms; a value computed from a missing one is missing ({@code NaN}). */
final class Transforms {

    private static final int HOURS_PER_WEEK = 7 * 24;
    private static final int DAYS_PER_WEEK = 7;

    private Transforms() {}

    static TimeSeries logReturns(TimeSeries prices) {
        for (int i = 0; i < prices.size(); i++) {
            double price = prices.value(i);
            if (!(price > 0) && !Double.isNaN(price)) {
                throw new IllegalArgumentException("log returns need positive prices; got " + price + " at "
                        + prices.times().get(i));
            }
        }
        return changes(prices, (previous, current) -> Math.log(current / previous));
    }

    static TimeSeries traffic(TimeSeries counts, TrafficTransform transform) {
        return switch (transform) {
            case LEVEL -> counts;
            case FIRST_DIFFERENCE -> changes(counts, (previous, current) -> current - previous);
            case PERCENT_CHANGE -> changes(
                    counts, (previous, current) -> previous == 0 ? Double.NaN : 100 * (current - previous) / previous);
            case HOUR_OF_WEEK_DEVIATION -> deviationsFromProfile(counts, HOURS_PER_WEEK, Transforms::hourOfWeek);
            case DAY_OF_WEEK_DEVIATION -> deviationsFromProfile(counts, DAYS_PER_WEEK, Transforms::dayOfWeek);
        };
    }

    private interface Change {
        double of(double previous, double current);
    }

    private static TimeSeries changes(TimeSeries series, Change change) {
        if (series.size() < 2) {
            throw new IllegalArgumentException("a change needs at least 2 observations, got " + series.size());
        }
        double[] values = new double[series.size() - 1];
        for (int i = 1; i < series.size(); i++) {
            values[i - 1] = change.of(series.value(i - 1), series.value(i));
        }
        return new TimeSeries(series.times().subList(1, series.size()), values);
    }

    /** Subtracts, from each value, the mean of the values in the same slot over the whole sample. */
    private static TimeSeries deviationsFromProfile(TimeSeries series, int slots, ToIntFunction<Instant> slotOf) {
        double[] sums = new double[slots];
        int[] counts = new int[slots];
        for (int i = 0; i < series.size(); i++) {
            double value = series.value(i);
            if (!Double.isNaN(value)) {
                int slot = slotOf.applyAsInt(series.times().get(i));
                sums[slot] += value;
                counts[slot]++;
            }
        }
        double[] values = new double[series.size()];
        for (int i = 0; i < series.size(); i++) {
            int slot = slotOf.applyAsInt(series.times().get(i));
            values[i] = series.value(i) - sums[slot] / counts[slot];
        }
        return new TimeSeries(series.times(), values);
    }

    static int hourOfWeek(Instant time) {
        ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
        return (utc.getDayOfWeek().getValue() - 1) * 24 + utc.getHour();
    }

    static int dayOfWeek(Instant time) {
        return time.atZone(ZoneOffset.UTC).getDayOfWeek().getValue() - 1;
    }
}
