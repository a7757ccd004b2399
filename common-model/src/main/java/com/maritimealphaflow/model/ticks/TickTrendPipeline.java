package com.maritimealphaflow.model.ticks;

import java.util.HashMap;
import java.util.Map;

/**
 * The whole in-memory path for one stream: event-time windows with a watermark, then the trend operator per symbol
 * as windows fire. It is the reference the database path and the Flink job are tested against, and what the
 * in-process benchmark runs. Not thread-safe.
 */
public final class TickTrendPipeline {

    private final EventTimeWindower windower;
    private final Map<String, TrendState> states = new HashMap<>();
    private final TrendSink sink;

    public TickTrendPipeline(long allowedLatenessMillis, TrendSink sink) {
        this.windower = new EventTimeWindower(allowedLatenessMillis);
        this.sink = sink;
    }

    /** Takes one event; windows it makes fire are applied at once. False when the event was late. */
    public boolean accept(Tick tick) {
        boolean accepted = windower.accept(tick);
        if (windower.hasFired()) {
            windower.fire().forEach(this::apply);
        }
        return accepted;
    }

    /** The end of a bounded input: every open window fires, as Flink's final watermark makes them. */
    public void finish() {
        windower.drain().forEach(this::apply);
    }

    private void apply(WindowClose close) {
        TrendStep step = TrendStep.apply(states.getOrDefault(close.symbol(), TrendState.INITIAL), close);
        states.put(close.symbol(), step.state());
        sink.window(step.window());
        if (step.breakout() != null) {
            sink.breakout(step.breakout());
        }
    }

    public TrendState state(String symbol) {
        return states.getOrDefault(symbol, TrendState.INITIAL);
    }

    public long lateEvents() {
        return windower.lateEvents();
    }

    public int symbols() {
        return states.size();
    }
}
