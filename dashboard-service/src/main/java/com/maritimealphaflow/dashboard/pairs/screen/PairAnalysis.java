package com.maritimealphaflow.dashboard.pairs.screen;

import com.maritimealphaflow.dashboard.pairs.screen.PairScreen.Outcome;

/** One pair on its pairwise-complete training dates: both Engle-Granger orderings and the spread's descriptors. */
final class PairAnalysis {

    private PairAnalysis() {}

    static Outcome analyse(TrainingWindow window, int a, int b, int minObservations) {
        double[] logA = window.logPrices()[a];
        double[] logB = window.logPrices()[b];
        int common = 0;
        for (int d = 0; d < logA.length; d++) {
            if (!Double.isNaN(logA[d]) && !Double.isNaN(logB[d])) {
                common++;
            }
        }
        if (common < minObservations) {
            return Outcome.skipped(a, b, common + " common dates, fewer than " + minObservations);
        }
        double[] pricesA = new double[common];
        double[] pricesB = new double[common];
        int next = 0;
        for (int d = 0; d < logA.length; d++) {
            if (!Double.isNaN(logA[d]) && !Double.isNaN(logB[d])) {
                pricesA[next] = logA[d];
                pricesB[next] = logB[d];
                next++;
            }
        }
        try {
            EngleGranger aOnB = EngleGranger.test(pricesA, pricesB);
            EngleGranger bOnA = EngleGranger.test(pricesB, pricesA);
            boolean aDependent = aOnB.statistic() <= bOnA.statistic();
            EngleGranger chosen = aDependent ? aOnB : bOnA;
            double[] spread = chosen.spread();
            return new Outcome(
                    aDependent ? a : b,
                    aDependent ? b : a,
                    common,
                    chosen.intercept(),
                    chosen.hedgeRatio(),
                    chosen.statistic(),
                    aDependent ? bOnA.statistic() : aOnB.statistic(),
                    chosen.adfLag(),
                    // the more negative of two orderings is a minimum of two tests: Bonferroni over the pair
                    Math.min(1.0, 2 * chosen.pValue()),
                    SpreadStatistics.halfLife(spread),
                    SpreadStatistics.hurst(spread),
                    SpreadStatistics.meanCrossings(spread),
                    returnCorrelation(window.returns()[a], window.returns()[b]),
                    null);
        } catch (IllegalArgumentException e) {
            return Outcome.skipped(a, b, e.getMessage());
        }
    }

    static double returnCorrelation(double[] a, double[] b) {
        double sumA = 0;
        double sumB = 0;
        int count = 0;
        for (int d = 0; d < a.length; d++) {
            if (!Double.isNaN(a[d]) && !Double.isNaN(b[d])) {
                sumA += a[d];
                sumB += b[d];
                count++;
            }
        }
        double meanA = sumA / count;
        double meanB = sumB / count;
        double covariance = 0;
        double varianceA = 0;
        double varianceB = 0;
        for (int d = 0; d < a.length; d++) {
            if (!Double.isNaN(a[d]) && !Double.isNaN(b[d])) {
                covariance += (a[d] - meanA) * (b[d] - meanB);
                varianceA += (a[d] - meanA) * (a[d] - meanA);
                varianceB += (b[d] - meanB) * (b[d] - meanB);
            }
        }
        return covariance / Math.sqrt(varianceA * varianceB);
    }
}
