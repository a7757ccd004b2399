package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;

/**
 * The step of a region's series, as the {@code interval} parameter names it: the aggregation service's windows
 * ({@code 5m}, {@code region_count_agg}) or its hourly and daily rollups ({@code region_count_rollup}).
 */
public enum RegionInterval {
    WINDOW("5m", null, Duration.ofMinutes(5)),
    HOUR("1h", "hour", Duration.ofHours(1)),
    DAY("1d", "day", Duration.ofDays(1));

    public static final String PARAMETER = "interval";

    private final String key;
    private final String period;
    private final Duration length;

    RegionInterval(String key, String period, Duration length) {
        this.key = key;
        this.period = period;
        this.length = length;
    }

    public String key() {
        return key;
    }

    /** The rollup's {@code period} ({@code hour}, {@code day}), or null for the windows themselves. */
    String period() {
        return period;
    }

    /**
     * The nominal length of a step: the windows' default batch interval, an hour or a day. Used to bound how many points
     * a range may give; a window's own end is read from {@code ship_count_agg.batch_end}.
     */
    public Duration length() {
        return length;
    }

    public boolean rollup() {
        return period != null;
    }

    /** The interval of a key; a 400 naming {@value #PARAMETER} for any other. */
    public static RegionInterval of(String key) {
        for (RegionInterval interval : values()) {
            if (interval.key.equalsIgnoreCase(key == null ? "" : key.strip())) {
                return interval;
            }
        }
        throw new BadRequestException(
                PARAMETER,
                "unknown interval '" + CategoryParameter.abbreviate(String.valueOf(key)) + "': expected 5m, 1h or 1d");
    }
}
