package com.maritimealphaflow.flink.trends;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * A metric counter that also adds to an accumulator of the same name: the metric is what a cluster's reporters show
 * while the job runs, the accumulator what {@code JobExecutionResult} holds when a bounded run ends (tests, the
 * benchmark).
 */
final class CountingCounter implements Counter {

    private final LongCounter accumulator;
    private long count;

    private CountingCounter(LongCounter accumulator) {
        this.accumulator = accumulator;
    }

    static Counter register(RuntimeContext context, MetricGroup group, String name) {
        LongCounter accumulator = new LongCounter();
        context.addAccumulator(name, accumulator);
        return group.counter(name, new CountingCounter(accumulator));
    }

    @Override
    public void inc() {
        inc(1);
    }

    @Override
    public void inc(long n) {
        count += n;
        accumulator.add(n);
    }

    @Override
    public void dec() {
        dec(1);
    }

    @Override
    public void dec(long n) {
        inc(-n);
    }

    @Override
    public long getCount() {
        return count;
    }
}
