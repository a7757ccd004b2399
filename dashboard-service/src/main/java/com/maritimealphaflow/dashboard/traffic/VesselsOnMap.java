package com.maritimealphaflow.dashboard.traffic;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Each vessel's latest position with a report time in {@code (from, to]}.
 *
 * @param total vessels in the window, whatever the category filter
 * @param perCategory vessels in the window per category key, whatever the filter
 * @param vessels the vessels of the requested categories
 * @param newestReport when the window is empty: the newest report time the ingestion log knows of, if any
 */
public record VesselsOnMap(
        Instant from,
        Instant to,
        long windowSeconds,
        int total,
        Map<String, Integer> perCategory,
        List<VesselPosition> vessels,
        Instant newestReport) {}
