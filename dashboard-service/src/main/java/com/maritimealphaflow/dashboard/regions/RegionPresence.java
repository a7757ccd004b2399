package com.maritimealphaflow.dashboard.regions;

import java.time.Instant;
import java.util.Map;

/**
 * The vessels present in a region in the newest derived window, and their average over the derived windows of a span
 * up to and including it (a window without a row for the region counts as zero vessels).
 *
 * @param windowStart null when no window has been derived yet; then all but the region are null or zero
 * @param categories the newest window's vessels present per category key (those with any)
 * @param average null when no window lies in the span
 * @param oldestWindow the start of the oldest window in the span
 */
public record RegionPresence(
        long regionId,
        String regionName,
        Instant windowStart,
        Instant windowEnd,
        int value,
        Map<String, Integer> categories,
        Double average,
        int windows,
        Instant oldestWindow) {}
