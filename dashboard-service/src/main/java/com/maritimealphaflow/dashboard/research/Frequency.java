package com.maritimealphaflow.dashboard.research;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.regions.RegionInterval;
import com.maritimealphaflow.dashboard.research.leadlag.LagUnit;
import com.maritimealphaflow.dashboard.research.leadlag.TrafficTransform;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;
import java.util.List;

/**
 * The step both series of a study are resampled to. Prices come from the longest stored bars that are no longer than
 * the step; traffic from the rollups (weeks from days), or a region's hourly or daily series.
 */
enum Frequency {
    HOUR("hour", List.of("1h", "15m", "5m", "1m"), RegionInterval.HOUR, LagUnit.HOUR, 24, Duration.ofDays(2 * 366)),
    DAY("day", List.of("1d", "1h", "15m", "5m", "1m"), RegionInterval.DAY, LagUnit.DAY, 10, Duration.ofDays(3653)),
    WEEK(
            "week",
            List.of("1d", "1h", "15m", "5m", "1m"),
            RegionInterval.DAY,
            new LagUnit("week", "weeks"),
            8,
            Duration.ofDays(3653));

    private final String key;
    private final List<String> barIntervals;
    private final RegionInterval regionInterval;
    private final LagUnit unit;
    private final int defaultMaxLag;
    private final Duration maxRange;

    Frequency(
            String key,
            List<String> barIntervals,
            RegionInterval regionInterval,
            LagUnit unit,
            int defaultMaxLag,
            Duration maxRange) {
        this.key = key;
        this.barIntervals = barIntervals;
        this.regionInterval = regionInterval;
        this.unit = unit;
        this.defaultMaxLag = defaultMaxLag;
        this.maxRange = maxRange;
    }

    /** The frequency of a key ({@code hour}, {@code day}, {@code week}); a 400 naming {@code frequency} otherwise. */
    static Frequency of(String key) {
        for (Frequency frequency : values()) {
            if (frequency.key.equalsIgnoreCase(key == null ? "" : key.strip())) {
                return frequency;
            }
        }
        throw new BadRequestException(
                "frequency",
                "unknown frequency '" + CategoryParameter.abbreviate(String.valueOf(key))
                        + "': expected hour, day or week");
    }

    String key() {
        return key;
    }

    /** PostgreSQL's {@code date_trunc} field of one step. */
    String truncation() {
        return key;
    }

    /** Bar intervals a step's last close may come from, longest (fewest rows to read) first. */
    List<String> barIntervals() {
        return barIntervals;
    }

    /** The rollup period traffic is read from: weeks are averaged from days. */
    String rollupPeriod() {
        return this == HOUR ? "hour" : "day";
    }

    RegionInterval regionInterval() {
        return regionInterval;
    }

    LagUnit unit() {
        return unit;
    }

    int defaultMaxLag() {
        return defaultMaxLag;
    }

    Duration maxRange() {
        return maxRange;
    }

    /**
     * The engine's transform for a request's key. A profile is the mean of the same slot of the week: hours of the week
     * for hourly data, days of the week for daily data; weeks have no such slot.
     */
    TrafficTransform transform(String value) {
        String key = value == null ? "difference" : value.strip();
        return switch (key) {
            case "difference" -> TrafficTransform.FIRST_DIFFERENCE;
            case "percent-change" -> TrafficTransform.PERCENT_CHANGE;
            case "profile-deviation" -> switch (this) {
                case HOUR -> TrafficTransform.HOUR_OF_WEEK_DEVIATION;
                case DAY -> TrafficTransform.DAY_OF_WEEK_DEVIATION;
                case WEEK -> throw new BadRequestException(
                        "transform", "profile-deviation removes a weekly profile: use it with hour or day");
            };
            default -> throw new BadRequestException(
                    "transform",
                    "unknown transform '" + CategoryParameter.abbreviate(key)
                            + "': expected difference, percent-change or profile-deviation");
        };
    }
}
