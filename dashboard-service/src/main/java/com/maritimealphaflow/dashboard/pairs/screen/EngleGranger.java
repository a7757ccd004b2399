package com.maritimealphaflow.dashboard.pairs.screen;

import com.maritimealphaflow.dashboard.research.leadlag.LeadLagStatistics;
import com.maritimealphaflow.dashboard.research.leadlag.UnitRootDeterministics;

/**
 * The Engle-Granger two-step test of one ordering: OLS of y on x with an intercept, then the ADF test (constant, lag by
 * AIC up to statsmodels' default) of the residuals. The p-value uses MacKinnon's surface for N = 2 series, not the ADF
 * one: the residuals were fitted to look stationary, so the N = 1 table would reject far too often.
 *
 * @param intercept alpha in {@code y = alpha + beta x + spread}
 * @param hedgeRatio beta, units of x per unit of y
 * @param spread the OLS residuals, one per observation
 */
record EngleGranger(
        double intercept,
        double hedgeRatio,
        double statistic,
        double pValue,
        int adfLag,
        int adfNobs,
        double[] spread) {

    static EngleGranger test(double[] y, double[] x) {
        int n = y.length;
        double meanX = 0;
        double meanY = 0;
        for (int t = 0; t < n; t++) {
            meanX += x[t];
            meanY += y[t];
        }
        meanX /= n;
        meanY /= n;
        double covariance = 0;
        double variance = 0;
        for (int t = 0; t < n; t++) {
            covariance += (x[t] - meanX) * (y[t] - meanY);
            variance += (x[t] - meanX) * (x[t] - meanX);
        }
        if (!(variance > 0)) {
            throw new IllegalArgumentException("the independent series is constant over the common dates");
        }
        double hedgeRatio = covariance / variance;
        double intercept = meanY - hedgeRatio * meanX;
        double[] spread = new double[n];
        for (int t = 0; t < n; t++) {
            spread[t] = y[t] - intercept - hedgeRatio * x[t];
        }
        NestedAdf.Result adf = NestedAdf.test(spread, NestedAdf.defaultMaxLag(n));
        double pValue = LeadLagStatistics.mackinnonPValue(adf.statistic(), UnitRootDeterministics.CONSTANT, 2);
        return new EngleGranger(intercept, hedgeRatio, adf.statistic(), pValue, adf.usedLag(), adf.nobs(), spread);
    }
}
