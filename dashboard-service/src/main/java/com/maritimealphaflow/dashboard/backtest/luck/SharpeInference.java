package com.maritimealphaflow.dashboard.backtest.luck;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The probabilistic Sharpe ratio (Bailey and López de Prado 2012) and the benchmark of the deflated one (Bailey and
 * López de Prado 2014). Every Sharpe ratio here is per bar, not annualised: the formulas count observations.
 */
final class SharpeInference {

    static final double EULER_MASCHERONI = 0.5772156649015329;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private SharpeInference() {}

    /**
     * PSR(SR*) = Φ((SR̂ − SR*)·√(n − 1) / √(1 − γ3·SR̂ + (γ4 − 1)/4·SR̂²)): the probability that the true Sharpe ratio
     * exceeds {@code benchmark}, given an estimate from {@code count} returns of that skewness and kurtosis.
     */
    static double probabilistic(double sharpe, int count, double skewness, double kurtosis, double benchmark) {
        if (count < 2) {
            throw new IllegalArgumentException("count: need at least 2 returns, got " + count);
        }
        double spread = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
        if (!(spread > 0)) {
            throw new IllegalArgumentException("skewness and kurtosis: they leave the Sharpe estimate no variance ("
                    + "1 − γ3·SR + (γ4 − 1)/4·SR² = " + spread + ")");
        }
        return STANDARD_NORMAL.cumulativeProbability((sharpe - benchmark) * Math.sqrt(count - 1.0) / Math.sqrt(spread));
    }

    /**
     * The expected largest of {@code trials} Sharpe ratios of no skill whose estimates vary by {@code variance}:
     * √V·((1 − γ)·Φ⁻¹(1 − 1/N) + γ·Φ⁻¹(1 − 1/(N·e))).
     */
    static double expectedMaximum(int trials, double variance) {
        if (trials < 2) {
            throw new IllegalArgumentException("trials: need at least 2 cells, got " + trials);
        }
        if (!(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException(
                    "variance: the cells' Sharpe ratios must vary (finite variance above 0), got " + variance);
        }
        double quantile = STANDARD_NORMAL.inverseCumulativeProbability(1 - 1.0 / trials);
        double extreme = STANDARD_NORMAL.inverseCumulativeProbability(1 - 1.0 / (trials * Math.E));
        return Math.sqrt(variance) * ((1 - EULER_MASCHERONI) * quantile + EULER_MASCHERONI * extreme);
    }

    /** The DSR of the best cell among {@code trials} whose per-bar Sharpe ratios vary by {@code variance}. */
    static DeflatedSharpe deflated(ReturnMoments best, int trials, double variance) {
        double benchmark = expectedMaximum(trials, variance);
        double probability = probabilistic(best.sharpe(), best.count(), best.skewness(), best.kurtosis(), benchmark);
        return new DeflatedSharpe(probability, best.sharpe(), benchmark, trials, variance);
    }

    /** The sample variance (n − 1) of the cells' per-bar Sharpe ratios. */
    static double variance(double[] sharpes) {
        if (sharpes.length < 2) {
            throw new IllegalArgumentException("sharpes: need at least 2 cells, got " + sharpes.length);
        }
        double deviation = ReturnMoments.of(sharpes, "sharpes").standardDeviation();
        return deviation * deviation;
    }
}
