package com.maritimealphaflow.aggregation.ticks;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.TrendState;
import com.maritimealphaflow.model.ticks.TrendStep;
import com.maritimealphaflow.model.ticks.TrendWindow;
import com.maritimealphaflow.model.ticks.WindowClose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a symbol's newly fired windows change: the windows to store with their EMAs, the breakouts among them, and
 * the symbol's state after them. Normally the windows come after the last one applied and are simply appended. A
 * window at or before it (a second stream with the same symbol, a replay of an earlier file) is merged into the
 * stored ones by the same latest-event rule, and the symbol's EMAs are computed again from that window on, as if
 * every event had arrived in time.
 *
 * @param recomputedFrom the first window computed again, or {@link Long#MIN_VALUE} when the windows were appended:
 *     the breakouts stored from it on are replaced by {@link #breakouts()}
 */
record SymbolTrendUpdate(
        String symbol,
        String secType,
        List<TrendWindow> windows,
        List<Breakout> breakouts,
        TrendState state,
        long recomputedFrom) {

    static final long APPENDED = Long.MIN_VALUE;

    /** Windows after the state's last one, in order. */
    static SymbolTrendUpdate append(TrendState state, List<WindowClose> closes) {
        List<TrendWindow> windows = new ArrayList<>(closes.size());
        List<Breakout> breakouts = new ArrayList<>(2);
        TrendState current = state;
        for (WindowClose close : closes) {
            TrendStep step = TrendStep.apply(current, close);
            current = step.state();
            windows.add(step.window());
            if (step.breakout() != null) {
                breakouts.add(step.breakout());
            }
        }
        WindowClose last = closes.get(closes.size() - 1);
        return new SymbolTrendUpdate(last.symbol(), last.secType(), windows, breakouts, current, APPENDED);
    }

    /**
     * Merges closes into the stored windows from the earliest of them on, and computes the EMAs again from there.
     *
     * @param before the state after the last stored window earlier than every arriving close
     * @param stored the stored windows from that point on, in order
     * @param arriving the fired closes, in order; at least one at or before the last stored window
     * @return null when the merge changes no close: nothing to write
     */
    static SymbolTrendUpdate recompute(TrendState before, List<TrendWindow> stored, List<WindowClose> arriving) {
        TreeMap<Long, WindowClose> merged = new TreeMap<>();
        for (TrendWindow window : stored) {
            merged.put(
                    window.windowEnd(),
                    new WindowClose(
                            window.symbol(),
                            window.secType(),
                            window.windowEnd(),
                            window.close(),
                            window.lastEventTime()));
        }
        boolean changed = false;
        for (WindowClose close : arriving) {
            WindowClose existing = merged.get(close.windowEnd());
            WindowClose next = existing == null ? close : existing.then(close);
            if (existing == null
                    || next.close() != existing.close()
                    || next.lastEventTime() != existing.lastEventTime()) {
                changed = true;
            }
            merged.put(close.windowEnd(), next);
        }
        if (!changed) {
            return null;
        }
        List<WindowClose> ordered = new ArrayList<>(merged.values());
        SymbolTrendUpdate update = append(before, ordered);
        Map.Entry<Long, WindowClose> first = merged.firstEntry();
        return new SymbolTrendUpdate(
                update.symbol(),
                update.secType(),
                update.windows(),
                update.breakouts(),
                update.state(),
                first.getKey());
    }

    boolean appended() {
        return recomputedFrom == APPENDED;
    }
}
