package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.Tick;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * A punctuated bounded-out-of-orderness watermark: after every event, the largest event time seen minus the allowed
 * lateness minus 1 ms. Flink's own {@code forBoundedOutOfOrderness} emits the same value, but periodically, so which
 * events are late would depend on when the timer ran; emitted after each event, an event is late exactly when the
 * in-process {@code EventTimeWindower} calls it late ({@code TickWindows.fired}), whatever the timing.
 */
final class TickWatermarks implements WatermarkGenerator<Tick> {

    private final long allowedLatenessMillis;
    private long maxEventTime = Long.MIN_VALUE;

    TickWatermarks(long allowedLatenessMillis) {
        this.allowedLatenessMillis = allowedLatenessMillis;
    }

    /** Timestamps are the ticks' event times; the watermark is punctuated, see the class comment. */
    static WatermarkStrategy<Tick> strategy(Duration allowedLateness) {
        long lateness = allowedLateness.toMillis();
        return WatermarkStrategy.<Tick>forGenerator(context -> new TickWatermarks(lateness))
                .withTimestampAssigner((tick, previous) -> tick.eventTime());
    }

    @Override
    public void onEvent(Tick tick, long eventTimestamp, WatermarkOutput output) {
        if (eventTimestamp > maxEventTime) {
            maxEventTime = eventTimestamp;
            output.emitWatermark(new Watermark(maxEventTime - allowedLatenessMillis - 1));
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        // every watermark is emitted in onEvent
    }
}
