package com.maritimealphaflow.service.retry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with "equal jitter": the n-th wait is half of min(max, initial·2ⁿ) plus a random part of the
 * other half, so that reconnecting clients spread out and never spin in a tight loop. Not thread-safe; one per
 * connection loop.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private int attempt;

    public Backoff(Duration initial, Duration max) {
        if (initial.isZero() || initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
    }

    public Backoff(RetrySettings settings) {
        this(settings.initial(), settings.max());
    }

    /** The wait before the next attempt; each call doubles the ceiling up to the maximum. */
    public Duration next() {
        long ceiling = initial.toMillis() << Math.min(attempt, 30);
        if (ceiling <= 0 || ceiling > max.toMillis()) {
            ceiling = max.toMillis();
        }
        attempt++;
        long half = ceiling / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(ceiling - half + 1));
    }

    /** After a success: the next failure waits the initial time again. */
    public void reset() {
        attempt = 0;
    }

    public int attempts() {
        return attempt;
    }
}
