package com.maritimealphaflow.dashboard.research.leadlag;

import java.time.Instant;
import java.util.List;

/**
 * Values at strictly increasing instants. A missing value is {@code NaN}; it is dropped, and counted, when two series
 * are aligned.
 */
public record TimeSeries(List<Instant> times, double[] values) {

    public TimeSeries {
        times = List.copyOf(times);
        values = values.clone();
        if (times.size() != values.length) {
            throw new IllegalArgumentException(
                    "a series needs one value per time: " + times.size() + " times, " + values.length + " values");
        }
        for (int i = 1; i < times.size(); i++) {
            if (!times.get(i).isAfter(times.get(i - 1))) {
                throw new IllegalArgumentException(
                        "series times must be strictly increasing: " + times.get(i) + " follows " + times.get(i - 1));
            }
        }
    }

    public int size() {
        return values.length;
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double value(int index) {
        return values[index];
    }
}
