package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.WindowClose;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Passes on a window's reduced close after checking that Flink's window is the one {@code TickWindows} named: the
 * closes carry their window end from the start, and a mismatch would mean the two paths cut time differently.
 */
final class WindowEnds extends ProcessWindowFunction<WindowClose, WindowClose, String, TimeWindow> {

    @Override
    public void process(String symbol, Context context, Iterable<WindowClose> closes, Collector<WindowClose> out) {
        for (WindowClose close : closes) {
            if (close.windowEnd() != context.window().getEnd()) {
                throw new IllegalStateException("window of " + symbol + " ends at "
                        + context.window().getEnd() + " in Flink but at " + close.windowEnd() + " by TickWindows");
            }
            out.collect(close);
        }
    }
}
