package com.maritimealphaflow.dashboard.backtest.luck;

/**
 * How many splits' logits λ fell in each of {@code counts.length} equal bins from {@code lowest} to {@code highest},
 * which are −ln N and ln N, the logits of the worst and best out-of-sample rank among N cells.
 */
public record LogitHistogram(double lowest, double highest, int[] counts) {

    static LogitHistogram of(double[] logits, double bound, int bins) {
        int[] counts = new int[bins];
        double width = 2 * bound / bins;
        for (double logit : logits) {
            int bin = (int) Math.floor((logit + bound) / width);
            counts[Math.max(0, Math.min(bins - 1, bin))]++;
        }
        return new LogitHistogram(-bound, bound, counts);
    }

    public double binWidth() {
        return (highest - lowest) / counts.length;
    }
}
