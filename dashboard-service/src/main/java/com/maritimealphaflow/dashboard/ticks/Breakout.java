package com.maritimealphaflow.dashboard.ticks;

import java.time.Instant;

/**
 * A crossover of EMA38 and EMA100 as the API, the event stream and the webhook show it.
 *
 * @param id the crossover's id: the stream's event id and the webhook's {@code Idempotency-Key}
 * @param windowEnd the end of the 5-minute window in which the EMAs crossed
 * @param kind {@code bullish} (EMA38 rose above EMA100) or {@code bearish}
 * @param lastEventTime the time of the window's last tick
 */
public record Breakout(
        long id,
        String symbol,
        Instant windowEnd,
        String kind,
        Instant lastEventTime,
        double close,
        double ema38,
        double ema100) {}
