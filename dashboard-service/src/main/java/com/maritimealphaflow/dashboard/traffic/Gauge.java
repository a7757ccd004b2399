package com.maritimealphaflow.dashboard.traffic;

import java.time.Instant;
import java.util.Map;

/**
 * The newest window's total vessel count against the simple moving average of the totals of the windows whose start
 * lies in the {@code smaSpanSeconds} up to and including it (by time, not by number of rows). All but the span are
 * null when no window has been aggregated yet.
 *
 * @param categories the newest window's vessels per category key
 * @param differencePercent {@code (value − sma) / sma × 100}; null when the average is zero
 * @param smaWindows how many windows the average is over
 * @param smaCoverageSeconds the time those windows cover; less than the span while the history is shorter
 * @param smaComplete whether the windows cover the whole span
 */
public record Gauge(
        Instant windowStart,
        Instant windowEnd,
        Integer value,
        Map<String, Integer> categories,
        Double sma,
        Double differencePercent,
        int smaWindows,
        long smaSpanSeconds,
        long smaCoverageSeconds,
        boolean smaComplete) {}
