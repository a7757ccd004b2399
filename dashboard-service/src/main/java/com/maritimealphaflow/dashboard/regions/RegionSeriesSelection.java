package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.service.BadRequestException;

/**
 * A region's series named in a request body (a backtest's signal, a lead-lag study's traffic), its fields checked:
 * each refusal a 400 naming {@code region.<field>}.
 *
 * @param direction {@code ab}, {@code ba} or null (both); transits only
 */
public record RegionSeriesSelection(long id, RegionMetric metric, String direction) {

    /**
     * Checks the fields; an absent metric is {@code present}.
     *
     * @param role what the series is for, in the message of a missing id (e.g. "the signal")
     */
    public static RegionSeriesSelection check(Long id, String metric, String direction, String role) {
        if (id == null) {
            throw new BadRequestException("region.id", "the id of the region whose series is " + role + " is required");
        }
        try {
            RegionMetric checked = RegionMetric.of(metric == null ? "present" : metric);
            String way = direction == null || direction.isBlank() ? null : direction;
            if (way != null && !RegionSeriesQueries.DIRECTIONS.contains(way)) {
                throw new BadRequestException("direction", "expected ab or ba");
            }
            if (way != null && checked != RegionMetric.TRANSITS) {
                throw new BadRequestException("direction", "only transits have a direction");
            }
            return new RegionSeriesSelection(id, checked, way);
        } catch (BadRequestException e) {
            throw new BadRequestException("region." + e.parameter(), e.getMessage());
        }
    }
}
