package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.TrendState;
import com.maritimealphaflow.model.ticks.TrendStep;
import com.maritimealphaflow.model.ticks.WindowClose;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The trend operator per symbol: each fired window's close goes through {@link TrendStep#apply}, the same function the
 * in-process path runs, with the symbol's {@link TrendState} kept in Flink's keyed state. Windows of a symbol arrive
 * in window order (one window operator subtask fires them by event-time timers, oldest first). Updates go to the main
 * output, breakouts to {@link #BREAKOUTS}.
 */
final class TrendFunction extends KeyedProcessFunction<String, WindowClose, TrendUpdate> {

    static final OutputTag<Breakout> BREAKOUTS = new OutputTag<>("breakouts", TypeInformation.of(Breakout.class));

    private transient ValueState<TrendState> state;
    private transient ValueState<Long> firstWindowEnd;

    @Override
    public void open(OpenContext openContext) {
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("trend", TypeInformation.of(TrendState.class)));
        firstWindowEnd = getRuntimeContext().getState(new ValueStateDescriptor<>("first-window", Types.LONG));
    }

    @Override
    public void processElement(WindowClose close, Context context, Collector<TrendUpdate> out) throws Exception {
        TrendState before = state.value();
        TrendStep step = TrendStep.apply(before == null ? TrendState.INITIAL : before, close);
        state.update(step.state());
        Long first = firstWindowEnd.value();
        if (first == null) {
            first = close.windowEnd();
            firstWindowEnd.update(first);
        }
        out.collect(new TrendUpdate(step.window(), first, step.state().windows()));
        if (step.breakout() != null) {
            context.output(BREAKOUTS, step.breakout());
        }
    }
}
