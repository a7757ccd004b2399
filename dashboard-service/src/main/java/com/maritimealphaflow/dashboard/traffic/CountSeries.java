package com.maritimealphaflow.dashboard.traffic;

import java.time.Instant;
import java.util.List;

/**
 * Vessel counts over a range, one series per requested category, in columns: {@code series[i].values[j]} belongs to
 * {@code times[j]}. A missing window (ingestion was not running) is missing from {@code times}; a window in which no
 * vessel reported is there with zeros.
 *
 * @param resolution {@code window} (each aggregated window), {@code hour} or {@code day} (the average window of each
 *     UTC hour or day)
 * @param stepSeconds the distance between neighbouring points when none is missing
 * @param from the start of the first point's interval, null when there is no data
 * @param to the start of the newest window, null when there is no data
 */
public record CountSeries(
        String range,
        String resolution,
        long stepSeconds,
        Instant from,
        Instant to,
        List<Instant> times,
        List<Series> series) {

    /** @param category {@code total} or a vessel category key */
    public record Series(String category, List<Double> values) {}
}
