package com.maritimealphaflow.dashboard.traffic;

import java.time.Duration;
import java.util.Locale;

/** The step of a counts series: every aggregated window, or the average window per hour or per day. */
enum Resolution {
    WINDOW,
    HOUR,
    DAY;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The step of the series; for {@link #WINDOW} the batch interval. */
    Duration step(Duration batchInterval) {
        return switch (this) {
            case WINDOW -> batchInterval;
            case HOUR -> Duration.ofHours(1);
            case DAY -> Duration.ofDays(1);
        };
    }
}
