package com.maritimealphaflow.dashboard.pairs.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import java.util.Arrays;

/**
 * The two legs of a pair as aligned bars: {@code y} is the dependent leg (the one regressed), {@code x} the hedge.
 * Aligning them is the caller's job; this only checks that it was done: the same number of bars, the same strictly
 * increasing close times, and finite positive prices (the spread takes their logarithms).
 */
public record PairBars(PriceBars y, PriceBars x) {

    public PairBars {
        if (y == null || x == null) {
            throw new IllegalArgumentException("both legs are required");
        }
        if (y.size() != x.size()) {
            throw new IllegalArgumentException(
                    "the legs differ in length: y has " + y.size() + " bars, x has " + x.size());
        }
        if (y.size() < 2) {
            throw new IllegalArgumentException("need at least two bars, got " + y.size());
        }
        long[] times = y.closeTimes();
        for (int i = 0; i < times.length; i++) {
            if (times[i] != x.closeTimes()[i]) {
                throw new IllegalArgumentException("the legs are not aligned: bar " + i + " closes at " + times[i]
                        + " for y but " + x.closeTimes()[i] + " for x");
            }
            if (i > 0 && times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("close times must increase: bar " + i + " closes at " + times[i]
                        + ", not after bar " + (i - 1) + " at " + times[i - 1]);
            }
        }
        if (y.interval() == null || !y.interval().equals(x.interval())) {
            throw new IllegalArgumentException(
                    "the legs need one bar interval, got " + y.interval() + " for y and " + x.interval() + " for x");
        }
        requirePositive("y open", y.open());
        requirePositive("y close", y.close());
        requirePositive("x open", x.open());
        requirePositive("x close", x.close());
    }

    private static void requirePositive(String name, double[] prices) {
        for (int i = 0; i < prices.length; i++) {
            // written so that NaN fails too
            if (!(prices[i] > 0) || Double.isInfinite(prices[i])) {
                throw new IllegalArgumentException(
                        name + " prices must be finite and positive: bar " + i + " has " + prices[i]);
            }
        }
    }

    public int size() {
        return y.size();
    }

    public long[] closeTimes() {
        return y.closeTimes();
    }

    /** Bars {@code from} (inclusive) to {@code to} (exclusive). */
    PairBars slice(int from, int to) {
        return new PairBars(slice(y, from, to), slice(x, from, to));
    }

    private static PriceBars slice(PriceBars bars, int from, int to) {
        return new PriceBars(
                Arrays.copyOfRange(bars.closeTimes(), from, to),
                Arrays.copyOfRange(bars.open(), from, to),
                Arrays.copyOfRange(bars.close(), from, to),
                bars.interval());
    }
}
