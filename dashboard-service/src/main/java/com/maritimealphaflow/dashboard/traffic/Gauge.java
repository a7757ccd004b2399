package com.maritimealphaflow.dashboard.traffic;

import com.maritimealphaflow.dashboard.regions.RegionPresence;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
 * @param regionId the region whose vessels present are counted, or null for every vessel
 * @param regionName that region's name
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
        boolean smaComplete,
        Long regionId,
        String regionName) {

    /**
     * The gauge of a newest window against the mean of the windows in the span up to it, which cover the time from the
     * oldest one's start to the newest one's end.
     */
    static Gauge of(
            Instant start,
            Instant end,
            int value,
            Map<String, Integer> categories,
            double mean,
            int windows,
            Instant oldestWindow,
            Duration span,
            Long regionId,
            String regionName) {
        Duration coverage = Duration.between(oldestWindow, end);
        Double difference = mean == 0 ? null : (value - mean) / mean * 100;
        return new Gauge(
                start,
                end,
                value,
                categories,
                mean,
                difference,
                windows,
                span.toSeconds(),
                coverage.toSeconds(),
                coverage.compareTo(span) >= 0,
                regionId,
                regionName);
    }

    /** No window aggregated yet. */
    static Gauge empty(Duration span, Long regionId, String regionName) {
        return new Gauge(null, null, null, Map.of(), null, null, 0, span.toSeconds(), 0, false, regionId, regionName);
    }

    /** A region's vessels present instead of all vessels: the derived windows without a row for it count zero. */
    static Gauge of(RegionPresence presence, Duration span) {
        if (presence.windowStart() == null) {
            return empty(span, presence.regionId(), presence.regionName());
        }
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (VesselCategory category : VesselCategory.values()) {
            categories.put(category.key(), presence.categories().getOrDefault(category.key(), 0));
        }
        return of(
                presence.windowStart(),
                presence.windowEnd(),
                presence.value(),
                categories,
                presence.average(),
                presence.windows(),
                presence.oldestWindow(),
                span,
                presence.regionId(),
                presence.regionName());
    }
}
