package com.maritimealphaflow.ingestion.market.http;

import java.time.Duration;

/** Waits between requests (rate limits, Retry-After, backoff); tests replace it to see the waits without taking them. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
