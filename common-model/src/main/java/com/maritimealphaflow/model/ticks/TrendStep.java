package com.maritimealphaflow.model.ticks;

/**
 * Applying one window's close to a symbol's state: the state after it, the window as stored, and the breakout it
 * made, if any ({@code breakout} null otherwise).
 */
public record TrendStep(TrendState state, TrendWindow window, Breakout breakout) {

    /** The one operator both the in-process path and the Flink job run for each window of a symbol, in window order. */
    public static TrendStep apply(TrendState before, WindowClose close) {
        TrendState after = before.next(close);
        TrendWindow window = new TrendWindow(
                close.symbol(),
                close.secType(),
                close.windowEnd(),
                close.close(),
                close.lastEventTime(),
                after.ema38(),
                after.ema100());
        BreakoutKind kind = before.crossing(after);
        Breakout breakout = kind == null
                ? null
                : new Breakout(
                        close.symbol(),
                        close.windowEnd(),
                        kind,
                        close.lastEventTime(),
                        close.close(),
                        after.ema38(),
                        after.ema100());
        return new TrendStep(after, window, breakout);
    }
}
