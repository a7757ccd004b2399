package com.maritimealphaflow.ingestion.market.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Spaces requests evenly to stay under a plan's requests per minute (Polygon's free plan: 5, one every 12 s), across
 * every thread that shares it. Each caller reserves the next free slot, then waits for it outside the lock.
 */
public final class Pacer implements RequestGate {

    private final Duration spacing;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant next = Instant.MIN;

    public Pacer(double requestsPerMinute, Clock clock, Sleeper sleeper) {
        if (requestsPerMinute <= 0) {
            throw new IllegalArgumentException("requests per minute must be positive, got " + requestsPerMinute);
        }
        this.spacing = Duration.ofNanos((long) (60_000_000_000L / requestsPerMinute));
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void beforeRequest(int weight) throws InterruptedException {
        Instant slot;
        Instant now;
        synchronized (this) {
            now = clock.instant();
            slot = next.isAfter(now) ? next : now;
            next = slot.plus(spacing);
        }
        sleeper.sleep(Duration.between(now, slot));
    }

    Duration spacing() {
        return spacing;
    }
}
