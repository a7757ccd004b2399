package com.maritimealphaflow.ingestion.ticks;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/** Logs the first of a kind of problem at once and then at most one line per interval, with how many came between. */
public final class RateLimitedLog {

    private final Logger log;
    private final long intervalNanos;
    private long lastNanos;
    private long suppressed;
    private boolean logged;

    public RateLimitedLog(Logger log, long interval, TimeUnit unit) {
        this.log = log;
        this.intervalNanos = unit.toNanos(interval);
    }

    public synchronized void warn(String message, Object detail) {
        long now = System.nanoTime();
        if (logged && now - lastNanos < intervalNanos) {
            suppressed++;
            return;
        }
        log.warn("{}: {} ({} more like it since the last such line)", message, detail, suppressed);
        logged = true;
        lastNanos = now;
        suppressed = 0;
    }
}
