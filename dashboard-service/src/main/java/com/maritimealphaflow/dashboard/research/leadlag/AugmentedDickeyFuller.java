package com.maritimealphaflow.dashboard.research.leadlag;

import java.util.Arrays;

/**
 * The augmented Dickey-Fuller regression {@code dx_t = a [+ b t] + g x_{t-1} + sum_{i=1..L} c_i dx_{t-i} + e_t},
 * following statsmodels' {@code adfuller}: with lag choice by AIC, every order 0..maxLag is fitted on the rows the
 * largest order leaves, and the chosen order is then refitted on all the rows it can use.
 */
final class AugmentedDickeyFuller {

    private AugmentedDickeyFuller() {}

    /** statsmodels' default maximum lag: {@code ceil(12 (n / 100)^(1/4))}, capped so the regression still fits. */
    static int defaultMaxLag(int n, UnitRootDeterministics deterministics) {
        int lag = (int) Math.ceil(12 * Math.pow(n / 100.0, 0.25));
        return Math.min(largestLag(n, deterministics), lag);
    }

    static AdfResult test(double[] x, UnitRootDeterministics deterministics, int maxLag, boolean chooseLagByAic) {
        int n = x.length;
        int largest = largestLag(n, deterministics);
        if (maxLag < 0 || maxLag > largest) {
            throw new IllegalArgumentException("an ADF test on " + n + " observations allows lags 0.." + largest
                    + " (fewer than n/2 - 1 - deterministic terms), got " + maxLag);
        }
        if (Arrays.stream(x).allMatch(value -> value == x[0])) {
            throw new IllegalArgumentException("an ADF test needs a varying series; it is constant");
        }
        double[] differences = new double[n - 1];
        for (int t = 1; t < n; t++) {
            differences[t - 1] = x[t] - x[t - 1];
        }
        int usedLag = maxLag;
        if (chooseLagByAic) {
            double bestAic = Double.POSITIVE_INFINITY;
            for (int lag = 0; lag <= maxLag; lag++) {
                double aic = fit(x, differences, lag, maxLag, deterministics).aic();
                if (aic < bestAic) {
                    bestAic = aic;
                    usedLag = lag;
                }
            }
        }
        Ols fit = fit(x, differences, usedLag, usedLag, deterministics);
        double statistic = fit.tValue(1);
        double[] critical = MacKinnon.criticalValues(deterministics, 1, fit.nobs());
        return new AdfResult(
                statistic,
                MacKinnon.pValue(statistic, deterministics, 1),
                usedLag,
                fit.nobs(),
                deterministics,
                new AdfResult.CriticalValues(critical[0], critical[1], critical[2]),
                statistic < critical[1]);
    }

    private static int largestLag(int n, UnitRootDeterministics deterministics) {
        int lag = n / 2 - trendTerms(deterministics) - 1;
        if (lag < 0) {
            throw new IllegalArgumentException("an ADF test with " + deterministics + " needs at least "
                    + 2 * (trendTerms(deterministics) + 1) + " observations, got " + n);
        }
        return lag;
    }

    private static int trendTerms(UnitRootDeterministics deterministics) {
        return deterministics == UnitRootDeterministics.CONSTANT ? 1 : 2;
    }

    /**
     * Regresses {@code dx_t} for the rows {@code t = skip..n-2} of the differences on the level {@code x_t} (which
     * precedes the difference), {@code lag} earlier differences and, with a trend, {@code 1, 2, ...}; the intercept is
     * the first parameter and the level's coefficient the second.
     */
    private static Ols fit(double[] x, double[] differences, int lag, int skip, UnitRootDeterministics deterministics) {
        boolean trend = deterministics == UnitRootDeterministics.CONSTANT_AND_TREND;
        int rows = differences.length - skip;
        double[][] design = new double[rows][1 + lag + (trend ? 1 : 0)];
        for (int row = 0; row < rows; row++) {
            int t = skip + row;
            design[row][0] = x[t];
            for (int i = 1; i <= lag; i++) {
                design[row][i] = differences[t - i];
            }
            if (trend) {
                design[row][lag + 1] = row + 1;
            }
        }
        return Ols.fit(Arrays.copyOfRange(differences, skip, differences.length), design);
    }
}
