package com.maritimealphaflow.model.ticks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assigns events to tumbling windows by event time and holds each open window's close per symbol, with a watermark
 * of the largest event time seen minus the allowed lateness. An event whose window has already fired is late: it is
 * counted and dropped, as Flink drops it with no allowed lateness past the watermark. Not thread-safe: one per stream.
 */
public final class EventTimeWindower {

    private final long allowedLatenessMillis;
    private final TreeMap<Long, Map<String, WindowClose>> open = new TreeMap<>();
    private long maxEventTime = Long.MIN_VALUE;
    private long lateEvents;

    public EventTimeWindower(long allowedLatenessMillis) {
        if (allowedLatenessMillis < 0) {
            throw new IllegalArgumentException("allowed lateness must not be negative: " + allowedLatenessMillis);
        }
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    /** Continues a stream after a restart: events whose windows fired before it stay late. */
    public void resumeAt(long maxEventTime) {
        this.maxEventTime = Math.max(this.maxEventTime, maxEventTime);
    }

    /** Takes an event into its window; false when it is late and was dropped. */
    public boolean accept(Tick tick) {
        long end = TickWindows.windowEnd(tick.eventTime());
        if (TickWindows.fired(end, maxEventTime, allowedLatenessMillis)) {
            lateEvents++;
            return false;
        }
        Map<String, WindowClose> closes = open.computeIfAbsent(end, e -> new HashMap<>());
        WindowClose current = closes.get(tick.symbol());
        if (current == null || tick.eventTime() >= current.lastEventTime()) {
            closes.put(tick.symbol(), WindowClose.of(tick));
        }
        if (tick.eventTime() > maxEventTime) {
            maxEventTime = tick.eventTime();
        }
        return true;
    }

    /** Whether {@link #fire()} would return anything now. */
    public boolean hasFired() {
        return !open.isEmpty() && TickWindows.fired(open.firstKey(), maxEventTime, allowedLatenessMillis);
    }

    /** Removes and returns the windows the watermark has passed, oldest first. */
    public List<WindowClose> fire() {
        List<WindowClose> fired = new ArrayList<>();
        while (hasFired()) {
            fired.addAll(open.pollFirstEntry().getValue().values());
        }
        return fired;
    }

    /** Removes and returns every open window, oldest first: at the end of a bounded input, or to hand them on. */
    public List<WindowClose> drain() {
        List<WindowClose> all = new ArrayList<>();
        while (!open.isEmpty()) {
            all.addAll(open.pollFirstEntry().getValue().values());
        }
        return all;
    }

    public long maxEventTime() {
        return maxEventTime;
    }

    public long allowedLatenessMillis() {
        return allowedLatenessMillis;
    }

    public long lateEvents() {
        return lateEvents;
    }

    public int openWindows() {
        return open.size();
    }
}
