package com.maritimealphaflow.ingestion.market.binance;

import com.maritimealphaflow.ingestion.market.http.RequestGate;
import com.maritimealphaflow.ingestion.market.http.Sleeper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binance's request weight: 6,000 per minute per IP, each request costing its own weight, and every answer saying in
 * {@code X-MBX-USED-WEIGHT-1M} how much of the current minute is used. A request that would bring the used weight
 * within the margin of the limit waits for the next minute. Between answers the weight of requests sent is added
 * locally, so that threads sharing the gate cannot together overshoot it.
 */
final class BinanceWeight implements RequestGate {

    private static final Logger log = LoggerFactory.getLogger(BinanceWeight.class);
    static final String USED_WEIGHT = "X-MBX-USED-WEIGHT-1M";

    private final int limit;
    private final int margin;
    private final Clock clock;
    private final Sleeper sleeper;
    private long minute = Long.MIN_VALUE;
    private int used;

    BinanceWeight(int limit, int margin, Clock clock, Sleeper sleeper) {
        this.limit = limit;
        this.margin = margin;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public void beforeRequest(int weight) throws InterruptedException {
        while (true) {
            long wait;
            int usedNow;
            synchronized (this) {
                long now = clock.millis();
                long thisMinute = Math.floorDiv(now, 60_000L);
                if (thisMinute != minute) {
                    minute = thisMinute;
                    used = 0;
                }
                if (used + weight <= limit - margin) {
                    used += weight;
                    return;
                }
                usedNow = used;
                wait = (thisMinute + 1) * 60_000L - now;
            }
            log.info("Binance request weight {} of {} used this minute: waiting {} ms", usedNow, limit, wait);
            sleeper.sleep(Duration.ofMillis(wait));
        }
    }

    @Override
    public void afterResponse(HttpResponse<?> response) {
        response.headers().firstValue(USED_WEIGHT).ifPresent(value -> {
            try {
                int reported = Integer.parseInt(value.trim());
                synchronized (this) {
                    minute = Math.floorDiv(clock.millis(), 60_000L);
                    used = reported;
                }
            } catch (NumberFormatException e) {
                log.debug("Unreadable {} header: {}", USED_WEIGHT, value);
            }
        });
    }

    synchronized int used() {
        return used;
    }
}
