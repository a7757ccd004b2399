package com.maritimealphaflow.ingestion.ais.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Batches start on multiples of the interval since the epoch (12:00, 12:05, …) so that every instance agrees. */
final class IntervalAlignment {

    private IntervalAlignment() {}

    static Instant nextBoundary(Instant now, Duration interval) {
        long ms = interval.toMillis();
        long next = Math.floorDiv(now.toEpochMilli(), ms) * ms + ms;
        return Instant.ofEpochMilli(next);
    }

    static Duration untilNextBoundary(Clock clock, Duration interval) {
        Instant now = clock.instant();
        return Duration.between(now, nextBoundary(now, interval));
    }
}
