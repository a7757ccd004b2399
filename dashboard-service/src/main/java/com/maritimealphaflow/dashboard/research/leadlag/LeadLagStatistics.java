package com.maritimealphaflow.dashboard.research.leadlag;

/**
 * The pure statistics of a lead-lag study of vessel traffic against market returns: transforms, alignment,
 * cross-correlation, Granger causality in both directions with lag choice and multiple-testing correction, and ADF
 * stationarity tests. Every method throws {@link IllegalArgumentException}, with a message naming the problem, when the
 * data cannot support what is asked (too few observations for the lags, a constant series, a non-positive price).
 */
public final class LeadLagStatistics {

    /** The family-wise significance level of the summary sentence and the ADF {@code stationary} flag. */
    public static final double ALPHA = 0.05;

    private LeadLagStatistics() {}

    /**
     * Traffic after {@code transform}, prices as log returns, aligned; then the ADF tests of both (constant, lag by AIC
     * up to statsmodels' default), the cross-correlation at lags {@code -maxLag..maxLag}, and Granger tests of both
     * directions at orders {@code 1..maxLag}.
     */
    public static LeadLagStudy study(
            TimeSeries traffic, TimeSeries prices, TrafficTransform transform, int maxLag, LagUnit unit) {
        AlignedSeries aligned = align(transformTraffic(traffic, transform), logReturns(prices));
        double[] x = aligned.x();
        double[] y = aligned.y();
        GrangerResult trafficToReturns = granger(x, y, maxLag);
        GrangerResult returnsToTraffic = granger(y, x, maxLag);
        return new LeadLagStudy(
                aligned,
                adf(x),
                adf(y),
                crossCorrelation(x, y, maxLag),
                trafficToReturns,
                returnsToTraffic,
                LeadLagSummary.describe("traffic", "returns", trafficToReturns, returnsToTraffic, unit, ALPHA));
    }

    /** {@code ln(p_t / p_{t-1})}, at the later time; prices must be positive (or {@code NaN} for missing). */
    public static TimeSeries logReturns(TimeSeries prices) {
        return Transforms.logReturns(prices);
    }

    public static TimeSeries transformTraffic(TimeSeries counts, TrafficTransform transform) {
        return Transforms.traffic(counts, transform);
    }

    public static AlignedSeries align(TimeSeries x, TimeSeries y) {
        return AlignedSeries.of(x, y);
    }

    /** See {@link CrossCorrelation} for the sign convention: a positive lag means x leads y. */
    public static CrossCorrelation crossCorrelation(double[] x, double[] y, int maxLag) {
        return CrossCorrelation.of(x, y, maxLag);
    }

    /** Does {@code cause} Granger-cause {@code effect}? Orders 1..maxLag, each on its own n - p rows. */
    public static GrangerResult granger(double[] cause, double[] effect, int maxLag) {
        return GrangerCausality.test(cause, effect, maxLag);
    }

    /** ADF test with a constant, lag chosen by AIC among 0..{@code ceil(12 (n / 100)^(1/4))}. */
    public static AdfResult adf(double[] series) {
        UnitRootDeterministics constant = UnitRootDeterministics.CONSTANT;
        return AugmentedDickeyFuller.test(
                series, constant, AugmentedDickeyFuller.defaultMaxLag(series.length, constant), true);
    }

    /** ADF test with the lag chosen by AIC among 0..maxLag, or fixed at maxLag. */
    public static AdfResult adf(
            double[] series, UnitRootDeterministics deterministics, int maxLag, boolean chooseLagByAic) {
        return AugmentedDickeyFuller.test(series, deterministics, maxLag, chooseLagByAic);
    }

    /** MacKinnon's (1994) approximate p-value of a tau statistic; {@code series} is 1 for ADF, 2 for Engle-Granger. */
    public static double mackinnonPValue(double tau, UnitRootDeterministics deterministics, int series) {
        return MacKinnon.pValue(tau, deterministics, series);
    }

    public static double[] holm(double[] pValues) {
        return MultipleTesting.holm(pValues);
    }

    public static double[] bonferroni(double[] pValues) {
        return MultipleTesting.bonferroni(pValues);
    }
}
