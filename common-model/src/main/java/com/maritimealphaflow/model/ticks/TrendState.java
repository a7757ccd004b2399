package com.maritimealphaflow.model.ticks;

/**
 * What a symbol's trend needs to go on: both EMAs after its last window with events. The whole state of the
 * operator is this record, so it can be stored in a row, in Flink's keyed state, or in a map, and resumed from any.
 *
 * <p>EMA_j(w_i) = close(w_i)·2/(1+j) + EMA_j(w_{i−1})·(1 − 2/(1+j)), j = 38 and 100, both starting from 0 (the DEBS
 * 2022 definition, under which a symbol's first window is always a bullish breakout when its price is positive). A
 * window without events leaves the EMAs unchanged: no price was observed, and carrying the last close forward would
 * move the EMAs, and could make crossovers, at hours when nothing traded. Since an empty window changes nothing, "the
 * previous window" of the breakout rule is the symbol's previous window with events.
 *
 * @param lastWindowEnd end of the last window applied, epoch milliseconds; {@link Long#MIN_VALUE} before the first
 * @param windows how many windows with events have been applied
 */
public record TrendState(double ema38, double ema100, long lastWindowEnd, long windows) {

    public static final int SHORT = 38;

    public static final int LONG = 100;

    public static final TrendState INITIAL = new TrendState(0, 0, Long.MIN_VALUE, 0);

    /** The state after a window; {@code close.windowEnd()} must be after {@link #lastWindowEnd()}. */
    public TrendState next(WindowClose close) {
        if (close.windowEnd() <= lastWindowEnd) {
            throw new IllegalArgumentException("window " + close.windowEnd() + " of " + close.symbol()
                    + " is not after the last one applied, " + lastWindowEnd);
        }
        return new TrendState(
                ema(close.close(), ema38, SHORT), ema(close.close(), ema100, LONG), close.windowEnd(), windows + 1);
    }

    /** The crossover, if any, between this state (the previous window) and {@code after}; null when none. */
    public BreakoutKind crossing(TrendState after) {
        if (after.ema38 > after.ema100 && ema38 <= ema100) {
            return BreakoutKind.BULLISH;
        }
        if (after.ema38 < after.ema100 && ema38 >= ema100) {
            return BreakoutKind.BEARISH;
        }
        return null;
    }

    public static double ema(double close, double previous, int j) {
        double alpha = 2.0 / (1 + j);
        return close * alpha + previous * (1 - alpha);
    }
}
