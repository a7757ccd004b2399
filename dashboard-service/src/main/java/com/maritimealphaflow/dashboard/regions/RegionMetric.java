package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.service.BadRequestException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a region's series counts, as the {@code metric} parameter names it. Levels (vessels present, vessels waiting)
 * are averaged over a rollup's windows; flows (transits, port calls started) are summed, as the aggregation service
 * rolls them up.
 */
public enum RegionMetric {
    /** Distinct vessels with a position inside the region in the window. */
    PRESENT("present"),
    /** Transits that ended in the window, both directions or the one asked for. */
    TRANSITS("transits"),
    /** Port calls that started in the window. */
    PORT_CALLS("port-calls"),
    /** Vessels whose waiting event covers part of the window. */
    WAITING("waiting");

    public static final String PARAMETER = "metric";

    private final String key;

    RegionMetric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The metric of a key; a 400 naming {@value #PARAMETER} for any other. */
    public static RegionMetric of(String key) {
        for (RegionMetric metric : values()) {
            if (metric.key.equalsIgnoreCase(key == null ? "" : key.strip())) {
                return metric;
            }
        }
        throw new BadRequestException(
                PARAMETER,
                "unknown metric '" + CategoryParameter.abbreviate(String.valueOf(key)) + "': expected "
                        + Arrays.stream(values()).map(RegionMetric::key).collect(Collectors.joining(", ")));
    }

    /**
     * The SQL expression of this metric over the row alias {@code r} of {@code region_count_agg} (5-minute windows) or
     * {@code region_count_rollup} (hours, days); {@code direction} ({@code ab}, {@code ba} or null) picks one
     * direction of transits.
     */
    String column(String alias, boolean rollup, String direction) {
        String r = alias + ".";
        return switch (this) {
            case PRESENT -> r + (rollup ? "vessels_present_avg" : "vessels_present");
            case TRANSITS -> direction == null ? r + "transits_ab + " + r + "transits_ba" : r + "transits_" + direction;
            case PORT_CALLS -> r + "port_calls_started";
            case WAITING -> r + (rollup ? "vessels_waiting_avg" : "vessels_waiting");
        };
    }
}
