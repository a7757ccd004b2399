package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.WindowClose;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the events whose window had fired when they came (metric and accumulator {@value #LATE}) and logs them at
 * powers of two of the count, so that a stream of late data does not flood the log. Emits nothing.
 */
final class LateTicks extends ProcessFunction<WindowClose, Void> {

    static final String LATE = "lateEvents";

    private static final Logger LOG = LoggerFactory.getLogger(LateTicks.class);

    private transient Counter late;

    @Override
    public void open(OpenContext openContext) {
        late = CountingCounter.register(getRuntimeContext(), getRuntimeContext().getMetricGroup(), LATE);
    }

    @Override
    public void processElement(WindowClose tick, Context context, Collector<Void> out) {
        late.inc();
        if (Long.bitCount(late.getCount()) == 1) {
            LOG.warn(
                    "Dropped a late event ({} so far): {} at {}, its window ending {} had fired",
                    late.getCount(),
                    tick.symbol(),
                    Instant.ofEpochMilli(tick.lastEventTime()),
                    Instant.ofEpochMilli(tick.windowEnd()));
        }
    }
}
