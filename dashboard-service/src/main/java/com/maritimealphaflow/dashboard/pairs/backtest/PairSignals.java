package com.maritimealphaflow.dashboard.pairs.backtest;

import java.util.Arrays;

/**
 * The hedge ratio, spread and z-score at each bar's close, each from closes at or before that bar only. {@code NaN}
 * marks a bar where a value is not defined yet (too few bars) or at all (no variance).
 *
 * <p>The spread at bar t uses the β of bar t ({@code s_t = log Y_t − β_t log X_t − α_t}); the z-score at t is that
 * series' deviation from its mean over the {@code zWindow} bars t − W + 1 .. t, in sample standard deviations
 * (divisor W − 1). A rolling hedge thus leaves its earlier spreads as they were computed then, not refitted with
 * today's β: the series is what a trader watching it would have seen.
 */
record PairSignals(double[] beta, double[] spread, double[] z) {

    static PairSignals of(PairBars bars, Hedge hedge, int zWindow) {
        int n = bars.size();
        double[] logY = HedgeRegression.logs(bars.y().close());
        double[] logX = HedgeRegression.logs(bars.x().close());
        double[] beta = new double[n];
        double[] spread = new double[n];
        // Java 17: no pattern switch yet; the interface is sealed, so these two cases are all there are
        if (hedge instanceof Hedge.Fixed fixed) {
            Arrays.fill(beta, fixed.beta());
            for (int t = 0; t < n; t++) {
                spread[t] = logY[t] - fixed.beta() * logX[t] - fixed.intercept();
            }
        } else if (hedge instanceof Hedge.Rolling rolling) {
            int lookback = rolling.lookback();
            for (int t = 0; t < n; t++) {
                if (t < lookback - 1) {
                    beta[t] = Double.NaN;
                    spread[t] = Double.NaN;
                    continue;
                }
                double[] fitted = HedgeRegression.coefficients(logY, logX, t - lookback + 1, t);
                beta[t] = fitted[0];
                spread[t] = logY[t] - fitted[0] * logX[t] - fitted[1];
            }
        }
        return new PairSignals(beta, spread, zScores(spread, zWindow));
    }

    /** Each bar's deviation from the mean of the window ending at it (itself included), in sample deviations. */
    static double[] zScores(double[] spread, int window) {
        double[] z = new double[spread.length];
        for (int t = 0; t < spread.length; t++) {
            z[t] = zScore(spread, t - window + 1, t);
        }
        return z;
    }

    private static double zScore(double[] spread, int from, int to) {
        if (from < 0) {
            return Double.NaN;
        }
        int count = to - from + 1;
        double mean = 0;
        for (int i = from; i <= to; i++) {
            mean += spread[i];
        }
        mean /= count;
        if (Double.isNaN(mean)) {
            return Double.NaN;
        }
        double squares = 0;
        for (int i = from; i <= to; i++) {
            double d = spread[i] - mean;
            squares += d * d;
        }
        double sd = Math.sqrt(squares / (count - 1));
        // a window of equal spreads (to rounding) has no scale to measure a deviation in
        if (sd <= 1e-12 * Math.max(1, Math.abs(mean))) {
            return Double.NaN;
        }
        return (spread[to] - mean) / sd;
    }
}
