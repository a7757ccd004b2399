package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickWindows;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * A punctuated bounded-out-of-orderness watermark, decided after every event: the largest event time seen minus the
 * allowed lateness minus 1 ms. Flink's own {@code forBoundedOutOfOrderness} computes the same value but emits it
 * periodically, so which events are late would depend on when the timer ran; decided per event, an event is late
 * exactly when the in-process {@code EventTimeWindower} calls it late ({@code TickWindows.fired}), whatever the
 * timing.
 *
 * <p>The value emitted is that watermark rounded down to the last millisecond of a 5-minute window ({@code k·5 min −
 * 1}), and only when it changes: the tumbling window operator acts only at those values (a window fires, and an event
 * is late, when the watermark reaches its window's last millisecond), so the results are the same as with a watermark
 * after every event, without one stream element per event through every channel.
 */
final class TickWatermarks implements WatermarkGenerator<Tick> {

    private final long allowedLatenessMillis;
    private long maxEventTime = Long.MIN_VALUE;
    private long emitted = Long.MIN_VALUE;

    TickWatermarks(long allowedLatenessMillis) {
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    /** Timestamps are the ticks' event times; the watermark is punctuated, see the class comment. */
    static WatermarkStrategy<Tick> strategy(Duration allowedLateness) {
        long lateness = allowedLateness.toMillis();
        return WatermarkStrategy.<Tick>forGenerator(context -> new TickWatermarks(lateness))
                .withTimestampAssigner((tick, previous) -> tick.eventTime());
    }

    /** The last millisecond of the latest window that a watermark of {@code watermark} has reached. */
    static long windowAligned(long watermark) {
        return Math.floorDiv(watermark + 1, TickWindows.LENGTH_MILLIS) * TickWindows.LENGTH_MILLIS - 1;
    }

    @Override
    public void onEvent(Tick tick, long eventTimestamp, WatermarkOutput output) {
        if (eventTimestamp > maxEventTime) {
            maxEventTime = eventTimestamp;
            long aligned = windowAligned(maxEventTime - allowedLatenessMillis - 1);
            if (aligned > emitted) {
                emitted = aligned;
                output.emitWatermark(new Watermark(aligned));
            }
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        // every watermark is emitted in onEvent
    }
}
