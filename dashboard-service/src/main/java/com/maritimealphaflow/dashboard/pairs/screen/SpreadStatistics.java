package com.maritimealphaflow.dashboard.pairs.screen;

/** Mean-reversion descriptors of a spread series: half-life, Hurst exponent, crossings of its mean. */
final class SpreadStatistics {

    /** The largest lag of the Hurst regression, as in the usual {@code range(2, 100)} recipe (inclusive here). */
    static final int HURST_MAX_LAG = 100;

    private SpreadStatistics() {}

    /**
     * Half-life in bars of the AR(1) fit {@code ds_t = a + b s_{t-1} + e}: {@code -ln 2 / ln(1 + b)}. Positive infinity
     * when {@code b >= 0} (no pull back to the mean), {@code NaN} when {@code b <= -1} (overshooting every bar).
     */
    static double halfLife(double[] spread) {
        int rows = spread.length - 1;
        double meanLevel = 0;
        double meanChange = 0;
        for (int t = 1; t <= rows; t++) {
            meanLevel += spread[t - 1];
            meanChange += spread[t] - spread[t - 1];
        }
        meanLevel /= rows;
        meanChange /= rows;
        double covariance = 0;
        double variance = 0;
        for (int t = 1; t <= rows; t++) {
            double level = spread[t - 1] - meanLevel;
            covariance += level * (spread[t] - spread[t - 1] - meanChange);
            variance += level * level;
        }
        double b = covariance / variance;
        if (b >= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (b <= -1) {
            return Double.NaN;
        }
        return -Math.log(2) / Math.log1p(b);
    }

    /**
     * Hurst exponent by the variance of lagged differences: for lags {@code tau = 2..min(100, n / 2)}, the population
     * standard deviation of {@code s_{t+tau} - s_t} grows like {@code tau^H}; H is the least-squares slope of
     * {@code ln sd} on {@code ln tau}. About 0.5 for a random walk, below for a mean-reverting series, above for a
     * trending one.
     */
    static double hurst(double[] spread) {
        int n = spread.length;
        int maxLag = Math.min(HURST_MAX_LAG, n / 2);
        if (maxLag < 3) {
            throw new IllegalArgumentException("a Hurst exponent needs at least 6 observations, got " + n);
        }
        int lags = maxLag - 1;
        double[] logLag = new double[lags];
        double[] logSd = new double[lags];
        for (int tau = 2; tau <= maxLag; tau++) {
            int count = n - tau;
            // the changes telescope: their sum is the last tau values less the first tau
            double sum = 0;
            for (int t = 0; t < tau; t++) {
                sum += spread[n - 1 - t] - spread[t];
            }
            double evenSquares = 0;
            double oddSquares = 0;
            int t = 0;
            for (; t + 1 < count; t += 2) {
                double even = spread[t + tau] - spread[t];
                double odd = spread[t + 1 + tau] - spread[t + 1];
                evenSquares += even * even;
                oddSquares += odd * odd;
            }
            if (t < count) {
                double last = spread[t + tau] - spread[t];
                evenSquares += last * last;
            }
            double sumSquares = evenSquares + oddSquares;
            double mean = sum / count;
            double variance = Math.max(0, sumSquares / count - mean * mean);
            logLag[tau - 2] = Math.log(tau);
            logSd[tau - 2] = 0.5 * Math.log(variance);
        }
        return slope(logLag, logSd);
    }

    /** Times the series crosses its own mean; a value exactly at the mean keeps the side it came from. */
    static int meanCrossings(double[] spread) {
        double mean = 0;
        for (double value : spread) {
            mean += value;
        }
        mean /= spread.length;
        int crossings = 0;
        int side = 0;
        for (double value : spread) {
            int current = Double.compare(value, mean) > 0 ? 1 : value < mean ? -1 : 0;
            if (current != 0) {
                if (side != 0 && current != side) {
                    crossings++;
                }
                side = current;
            }
        }
        return crossings;
    }

    static double slope(double[] x, double[] y) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= x.length;
        meanY /= y.length;
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        return covariance / variance;
    }
}
