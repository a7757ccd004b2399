package com.maritimealphaflow.dashboard.backtest.engine;

/**
 * Simple moving averages of aligned counts from prefix sums: any length at any bar in O(1), so one grid over many
 * length pairs costs one pass per pair and no re-summing.
 */
final class MovingAverages {

    private final double[] prefix;
    private final int first;

    /** {@code aligned} may start with {@code NaN}s (bars before the first count); after that it has no gaps. */
    MovingAverages(double[] aligned) {
        this.first = AsOfCounts.firstCounted(aligned);
        this.prefix = new double[aligned.length + 1];
        for (int i = 0; i < aligned.length; i++) {
            prefix[i + 1] = prefix[i] + (first >= 0 && i >= first ? aligned[i] : 0.0);
        }
    }

    /** Whether bar {@code i} has {@code length} counted bars up to and including it. */
    boolean defined(int i, int length) {
        return first >= 0 && i - first + 1 >= length;
    }

    /**
     * The sign of SMA(fast) − SMA(slow) at bar {@code i}, as {@code slow·Σfast − fast·Σslow}: no division, so with
     * whole counts (whose prefix sums are exact) equal averages compare exactly equal. Only where {@link #defined}
     * holds for {@code slow}.
     */
    double spread(int i, int fast, int slow) {
        double last = prefix[i + 1];
        return slow * (last - prefix[i + 1 - fast]) - fast * (last - prefix[i + 1 - slow]);
    }

    /** The first bar at which an SMA of {@code length} exists, or −1 if none does. */
    int firstDefined(int length) {
        return first < 0 || first + length > prefix.length - 1 ? -1 : first + length - 1;
    }

    /** The prefix sums themselves, for loops too hot for a call per bar: {@code prefix[i + 1]} sums bars 0..i. */
    double[] prefix() {
        return prefix;
    }
}
