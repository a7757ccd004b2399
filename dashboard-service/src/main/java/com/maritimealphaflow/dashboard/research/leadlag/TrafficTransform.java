package com.maritimealphaflow.dashboard.research.leadlag;

/** How a traffic count series is made closer to stationary before it is compared with returns. */
public enum TrafficTransform {
    /** The counts as they are. */
    LEVEL,
    /** {@code x_t - x_{t-1}}. */
    FIRST_DIFFERENCE,
    /** {@code 100 (x_t - x_{t-1}) / x_{t-1}}; missing where the previous count is zero. */
    PERCENT_CHANGE,
    /** Count minus the sample mean of its hour of the week (Monday 00:00 UTC is slot 0); for hourly data. */
    HOUR_OF_WEEK_DEVIATION,
    /** Count minus the sample mean of its day of the week (UTC); for daily data. */
    DAY_OF_WEEK_DEVIATION
}
