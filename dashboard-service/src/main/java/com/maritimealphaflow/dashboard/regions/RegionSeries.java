package com.maritimealphaflow.dashboard.regions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A region's series: one point per derived window, hour or day starting in {@code [from, to)}.
 *
 * @param direction the direction of transits counted, or null for both
 * @param averageDays the span of each point's trailing average in days, or null when not asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RegionSeries(
        long regionId,
        String regionName,
        String metric,
        String interval,
        String category,
        String direction,
        Long averageDays,
        Instant from,
        Instant to,
        List<Point> points) {

    /**
     * @param time the window's or period's start
     * @param value the count (windows) or the average per window or sum (hours, days), zero where the region had none
     * @param average the mean value of the derived steps in the trailing span up to and including this one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Point(Instant time, double value, Double average) {}
}
