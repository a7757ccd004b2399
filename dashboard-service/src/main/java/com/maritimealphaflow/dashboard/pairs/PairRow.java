package com.maritimealphaflow.dashboard.pairs;

/**
 * One tested pair of a screen ({@code ln dependent = intercept + hedgeRatio ln independent + spread}); statistics that
 * are not finite (a half-life without mean reversion) are null.
 */
public record PairRow(
        String dependent,
        String independent,
        int cluster,
        int observations,
        int droppedDates,
        Double intercept,
        Double hedgeRatio,
        Double statistic,
        Double otherStatistic,
        int adfLag,
        Double pValue,
        Double holmPValue,
        Double bhPValue,
        Double halfLife,
        Double hurst,
        int meanCrossings,
        Double returnCorrelation,
        boolean passes) {

    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
