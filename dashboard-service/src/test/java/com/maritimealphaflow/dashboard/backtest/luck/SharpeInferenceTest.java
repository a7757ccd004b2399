package com.maritimealphaflow.dashboard.backtest.luck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * PSR and DSR against the deflated Sharpe ratio paper's numerical example and hand computations. Reference values
 * were computed independently with SciPy:
 *
 * <pre>
 * from scipy.stats import norm, skew, kurtosis; import numpy as np
 * g = 0.5772156649015329
 * sr0 = lambda N, V: np.sqrt(V) * ((1 - g) * norm.ppf(1 - 1 / N) + g * norm.ppf(1 - 1 / (N * np.e)))
 * psr = lambda sr, n, g3, g4, b: norm.cdf((sr - b) * np.sqrt(n - 1) / np.sqrt(1 - g3 * sr + (g4 - 1) / 4 * sr**2))
 * psr(2.5 / np.sqrt(250), 1250, -3, 10, sr0(100, 0.5 / 250))  # 0.900397, sr0 0.113172
 * x = np.array([0.01, -0.02, 0.03, 0.00, 0.05]); skew(x), kurtosis(x, fisher=False)  # 0.122440, 1.829705
 * </pre>
 */
class SharpeInferenceTest {

    private static final double[] FIVE_RETURNS = {0.01, -0.02, 0.03, 0.00, 0.05};

    @Test
    void reproducesThePublishedNumericalExampleOfTheDeflatedSharpeRatio() {
        // Bailey and López de Prado (2014): the best of N = 100 trials shows an annualised Sharpe ratio of 2.5 over
        // T = 1,250 daily returns with skewness -3 and kurtosis 10, the trials' annualised Sharpe ratios varying by
        // 1/2; the paper prints E[max SR] ≈ 0.1132 (per day) and DSR ≈ 0.9004.
        double perDay = 2.5 / Math.sqrt(250);
        double benchmark = SharpeInference.expectedMaximum(100, 0.5 / 250);

        double deflated = SharpeInference.probabilistic(perDay, 1250, -3, 10, benchmark);

        assertThat(benchmark).isCloseTo(0.1132, within(5e-5));
        assertThat(deflated).isCloseTo(0.9004, within(5e-5));
    }

    @Test
    void probabilisticSharpeOfNormalReturnsMatchesAHandComputation() {
        // SR 0.1 over 101 normal returns: z = 0.1 · √100 / √(1 + (3 − 1)/4 · 0.01) = 1 / √1.005 = 0.997509,
        // Φ(z) = 0.840741
        assertThat(SharpeInference.probabilistic(0.1, 101, 0, 3, 0)).isCloseTo(0.840741, within(1e-6));
    }

    @Test
    void aBenchmarkEqualToTheEstimateGivesOneHalf() {
        assertThat(SharpeInference.probabilistic(0.3, 50, -1, 6, 0.3)).isEqualTo(0.5);
    }

    @Test
    void momentsArePopulationSkewnessAndPlainKurtosisWithSampleDeviation() {
        ReturnMoments moments = ReturnMoments.of(FIVE_RETURNS);

        assertThat(moments.mean()).isCloseTo(0.014, within(1e-15));
        assertThat(moments.standardDeviation()).isCloseTo(0.027018512172212593, within(1e-15));
        assertThat(moments.skewness()).isCloseTo(0.12244032324528188, within(1e-12));
        assertThat(moments.kurtosis()).isCloseTo(1.8297053856258207, within(1e-12));
        assertThat(moments.sharpe()).isCloseTo(0.5181632471383237, within(1e-12));
    }

    @Test
    void deflatedSharpeOfTheBestCellMatchesAHandComputation() {
        // V = sample variance of {0.2, 0.1, -0.1, 0} = 1/60; SR*0 = √V·(0.4228·Φ⁻¹(3/4) + 0.5772·Φ⁻¹(1 − 1/(4e)))
        // = 0.135828; DSR = PSR(0.135828) of the five returns = 0.778653 (SciPy)
        DeflatedSharpe deflated = LuckStatistics.deflatedSharpe(FIVE_RETURNS, new double[] {0.2, 0.1, -0.1, 0.0});

        assertThat(deflated.sharpeVariance()).isCloseTo(1.0 / 60, within(1e-15));
        assertThat(deflated.benchmark()).isCloseTo(0.1358284725416625, within(1e-9));
        assertThat(deflated.probability()).isCloseTo(0.7786525942563778, within(1e-9));
        assertThat(deflated.trials()).isEqualTo(4);
        assertThat(deflated.annualisedBenchmark(100)).isCloseTo(1.358284725416625, within(1e-8));
    }

    @Test
    void probabilisticSharpeOfReturnsUsesTheirOwnMoments() {
        // Φ(0.518163 · 2 / √(1 − 0.122440 · 0.518163 + 0.207426 · 0.268493)) = 0.850915
        assertThat(LuckStatistics.probabilisticSharpe(FIVE_RETURNS, 0)).isCloseTo(0.8509151821056877, within(1e-9));
    }

    @Test
    void moreTrialsRaiseTheBenchmark() {
        assertThat(SharpeInference.expectedMaximum(1000, 1)).isGreaterThan(SharpeInference.expectedMaximum(10, 1));
    }

    @Test
    void rejectsTooFewCellsFlatSharpeRatiosAndFlatReturns() {
        assertThatThrownBy(() -> LuckStatistics.deflatedSharpe(FIVE_RETURNS, new double[] {0.2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 cells");
        assertThatThrownBy(() -> LuckStatistics.deflatedSharpe(FIVE_RETURNS, new double[] {0.2, 0.2, 0.2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variance");
        assertThatThrownBy(() -> LuckStatistics.deflatedSharpe(new double[] {0.01, 0.01, 0.01}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero variance");
        assertThatThrownBy(() -> LuckStatistics.probabilisticSharpe(new double[] {0.01}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 returns");
        assertThatThrownBy(() -> LuckStatistics.probabilisticSharpe(new double[] {0.01, Double.NaN}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void rejectsMomentsThatLeaveTheEstimateNoVariance() {
        assertThatThrownBy(() -> SharpeInference.probabilistic(1, 100, 5, 3, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("skewness and kurtosis");
    }

    @Test
    void everyFigureComesWithOneSentenceOnHowToReadIt() {
        for (String reading : new String[] {
            LuckStatistics.PSR_READING,
            LuckStatistics.DSR_READING,
            LuckStatistics.PBO_READING,
            LuckStatistics.LOGIT_READING,
            LuckStatistics.TOTAL_RETURN_READING,
            LuckStatistics.SHARPE_INTERVAL_READING,
            LuckStatistics.DRAWDOWN_READING,
            LuckStatistics.POSITIVE_SHARPE_READING
        }) {
            assertThat(reading).endsWith(".").doesNotContain(". ").hasSizeLessThan(220);
        }
    }
}
