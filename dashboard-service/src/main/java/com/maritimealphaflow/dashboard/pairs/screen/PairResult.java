package com.maritimealphaflow.dashboard.pairs.screen;

/**
 * One pair's statistics on the training window. Both orderings were tested; the one reported ({@code dependent} on
 * {@code independent}) had the more negative Engle-Granger statistic.
 *
 * @param dependent y in {@code ln y = intercept + hedgeRatio ln x + spread}
 * @param independent x
 * @param cluster index into {@link ReturnClusters#clusters()}, or -1 without clustering
 * @param observations common dates the pair was tested on
 * @param droppedDates training dates lost because one of the two had no price
 * @param statistic Engle-Granger tau of the reported ordering
 * @param otherStatistic tau of the other ordering
 * @param adfLag lagged differences AIC chose for the residual ADF regression
 * @param pValue MacKinnon (1994) p-value for two series of the reported ordering, doubled (at most 1): keeping the
 *     better of two orderings is two tests, and without the factor independent random walks passed at 9.3 % at 5 %
 * @param holmPValue Holm-adjusted over all pairs tested
 * @param bhPValue Benjamini-Hochberg-adjusted over all pairs tested
 * @param halfLife bars, from the AR(1) of the spread; infinite without mean reversion
 * @param hurst of the spread, variance-of-lagged-differences method
 * @param meanCrossings crossings of the spread's training mean
 * @param returnCorrelation Pearson correlation of daily log returns on the days both have one
 * @param passes adjusted p-value below alpha, half-life in range and Hurst below the maximum
 */
public record PairResult(
        String dependent,
        String independent,
        int cluster,
        int observations,
        int droppedDates,
        double intercept,
        double hedgeRatio,
        double statistic,
        double otherStatistic,
        int adfLag,
        double pValue,
        double holmPValue,
        double bhPValue,
        double halfLife,
        double hurst,
        int meanCrossings,
        double returnCorrelation,
        boolean passes) {}
