package com.maritimealphaflow.model.ticks;

import java.time.Duration;

/** Tumbling windows of event time, aligned to the epoch: [12:00, 12:05), [12:05, 12:10), … A window is named by its end. */
public final class TickWindows {

    public static final Duration LENGTH = Duration.ofMinutes(5);

    public static final long LENGTH_MILLIS = LENGTH.toMillis();

    private TickWindows() {}

    /** The end (exclusive) of the window holding an event time. */
    public static long windowEnd(long eventTime) {
        return Math.floorDiv(eventTime, LENGTH_MILLIS) * LENGTH_MILLIS + LENGTH_MILLIS;
    }

    /**
     * Whether a window has fired, given the largest event time seen: its end plus the allowed lateness has been
     * reached. This is Flink's rule for a bounded-out-of-orderness watermark (watermark = max − lateness − 1 ms; a
     * window fires when the watermark reaches its last millisecond), so both paths close the same windows.
     */
    public static boolean fired(long windowEnd, long maxEventTime, long allowedLatenessMillis) {
        return maxEventTime != Long.MIN_VALUE && windowEnd + allowedLatenessMillis <= maxEventTime;
    }
}
