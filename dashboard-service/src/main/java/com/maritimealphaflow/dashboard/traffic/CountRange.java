package com.maritimealphaflow.dashboard.traffic;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;

/** The ranges the counts chart offers, each ending at the newest aggregated window, and its default resolution. */
enum CountRange {
    H6("6h", Duration.ofHours(6), Resolution.WINDOW),
    H24("24h", Duration.ofHours(24), Resolution.WINDOW),
    D7("7d", Duration.ofDays(7), Resolution.HOUR),
    D30("30d", Duration.ofDays(30), Resolution.HOUR),
    ALL("all", null, Resolution.DAY);

    static final String PARAMETER = "range";

    private final String key;
    private final Duration length;
    private final Resolution defaultResolution;

    CountRange(String key, Duration length, Resolution defaultResolution) {
        this.key = key;
        this.length = length;
        this.defaultResolution = defaultResolution;
    }

    String key() {
        return key;
    }

    /** How far back from the newest window the range reaches; null for all of it. */
    Duration length() {
        return length;
    }

    Resolution defaultResolution() {
        return defaultResolution;
    }

    static CountRange of(String key) {
        for (CountRange range : values()) {
            if (range.key.equalsIgnoreCase(key.strip())) {
                return range;
            }
        }
        throw new BadRequestException(
                PARAMETER,
                "unknown range '" + CategoryParameter.abbreviate(key) + "': expected 6h, 24h, 7d, 30d or all");
    }
}
