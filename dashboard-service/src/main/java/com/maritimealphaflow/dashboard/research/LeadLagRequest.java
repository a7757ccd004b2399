package com.maritimealphaflow.dashboard.research;

import java.time.Instant;

/**
 * What to study: the prices of {@code symbol} against vessel traffic, both resampled to {@code frequency} ({@code hour},
 * {@code day} or {@code week}) over [from, to). Traffic is the vessel counts of {@code category} ({@code total} when
 * absent), or a region's series when {@code region} is given. {@code transform} ({@code difference} when absent,
 * {@code percent-change}, {@code profile-deviation}) makes the traffic closer to stationary; {@code maxLag} defaults to
 * 24 hours, 10 days or 8 weeks.
 */
record LeadLagRequest(
        String symbol,
        String frequency,
        Instant from,
        Instant to,
        String category,
        RegionSeriesChoice region,
        String transform,
        Integer maxLag) {

    /**
     * A region's series as the traffic, e.g. {@code {"id": 1, "metric": "transits", "direction": "ab"}}; absent metric
     * is {@code present}; direction for transits only.
     */
    record RegionSeriesChoice(Long id, String metric, String direction) {}
}
