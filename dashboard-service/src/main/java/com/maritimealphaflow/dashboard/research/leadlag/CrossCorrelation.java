package com.maritimealphaflow.dashboard.research.leadlag;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Sample cross-correlations of x and y at lags {@code -maxLag..maxLag}.
 *
 * <p>Sign convention: the value at lag {@code k} estimates {@code corr(x_t, y_{t+k})}, so a peak at a positive lag
 * means x moves first (x leads y by k steps) and a peak at a negative lag means y moves first. This is the opposite of
 * R's {@code ccf(x, y)}; our lag {@code k >= 0} equals statsmodels {@code ccf(y, x, adjusted=False)[k]} and lag
 * {@code -k} equals {@code ccf(x, y, adjusted=False)[k]}.
 *
 * <p>Each covariance sums the {@code n - |k|} overlapping products and divides by {@code n} (the usual biased
 * estimator, also R's), then by the two standard deviations computed with divisor {@code n}.
 *
 * @param correlations index {@code k + maxLag} holds lag {@code k}
 * @param n the number of aligned pairs, used in the band
 * @param band {@code 1.96 / sqrt(n)} (the exact normal 97.5 % quantile): the approximate 95 % band for a single lag when x and y are independent white
 *     noise; about 1 lag in 20 crosses it by chance
 */
public record CrossCorrelation(int maxLag, double[] correlations, int n, double band) {

    private static final double Z_95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    public CrossCorrelation {
        correlations = correlations.clone();
    }

    @Override
    public double[] correlations() {
        return correlations.clone();
    }

    public double atLag(int lag) {
        if (Math.abs(lag) > maxLag) {
            throw new IllegalArgumentException("lag " + lag + " is outside -" + maxLag + ".." + maxLag);
        }
        return correlations[lag + maxLag];
    }

    static CrossCorrelation of(double[] x, double[] y, int maxLag) {
        int n = x.length;
        if (y.length != n) {
            throw new IllegalArgumentException("x and y must be aligned: " + n + " and " + y.length + " values");
        }
        if (maxLag < 0 || maxLag >= n) {
            throw new IllegalArgumentException(
                    "cross-correlation lags must be 0.." + (n - 1) + " for " + n + " observations, got " + maxLag);
        }
        double[] xc = centred(x);
        double[] yc = centred(y);
        double scale = n * Math.sqrt(sumOfSquares(xc) / n) * Math.sqrt(sumOfSquares(yc) / n);
        if (scale == 0) {
            throw new IllegalArgumentException("cross-correlation is undefined for a constant series");
        }
        double[] correlations = new double[2 * maxLag + 1];
        for (int lag = -maxLag; lag <= maxLag; lag++) {
            double sum = 0;
            for (int t = Math.max(0, -lag); t < Math.min(n, n - lag); t++) {
                sum += xc[t] * yc[t + lag];
            }
            correlations[lag + maxLag] = sum / scale;
        }
        return new CrossCorrelation(maxLag, correlations, n, Z_95 / Math.sqrt(n));
    }

    private static double[] centred(double[] values) {
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= values.length;
        double[] centred = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            centred[i] = values[i] - mean;
        }
        return centred;
    }

    private static double sumOfSquares(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return sum;
    }
}
