package com.maritimealphaflow.dashboard.traffic;

import java.time.Instant;

/**
 * Vessel counts at one point of a chart series: one window, or the average window of an hour or a day.
 *
 * @param values per column of {@link CountColumns#ALL}
 */
record CountRow(Instant time, double[] values) {

    double value(String key) {
        return values[CountColumns.index(key)];
    }
}
