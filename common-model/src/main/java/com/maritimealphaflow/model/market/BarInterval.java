package com.maritimealphaflow.model.market;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/** The bar lengths the system stores, named as in the bars table ({@code 1m} … {@code 1d}). */
public enum BarInterval {
    ONE_MINUTE("1m", Duration.ofMinutes(1)),
    FIVE_MINUTES("5m", Duration.ofMinutes(5)),
    FIFTEEN_MINUTES("15m", Duration.ofMinutes(15)),
    THIRTY_MINUTES("30m", Duration.ofMinutes(30)),
    ONE_HOUR("1h", Duration.ofHours(1)),
    FOUR_HOURS("4h", Duration.ofHours(4)),
    ONE_DAY("1d", Duration.ofDays(1));

    private final String key;
    private final Duration length;

    BarInterval(String key, Duration length) {
        this.key = key;
        this.length = length;
    }

    public String key() {
        return key;
    }

    public Duration length() {
        return length;
    }

    /** Daily bars follow the calendar's days (23 or 25 hours across a DST change), shorter ones the clock. */
    public boolean daily() {
        return this == ONE_DAY;
    }

    public static Optional<BarInterval> parse(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }

    public static BarInterval of(String key) {
        return parse(key)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown bar interval '" + key + "': one of " + Arrays.toString(keys())));
    }

    public static String[] keys() {
        return Arrays.stream(values()).map(BarInterval::key).toArray(String[]::new);
    }
}
