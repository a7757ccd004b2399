package com.maritimealphaflow.dashboard.research.leadlag;

import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.STATISTIC;
import static com.maritimealphaflow.dashboard.research.leadlag.ReferenceData.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Expected values: statsmodels {@code ccf(..., adjusted=False)}, see {@code reference.py}. */
class CrossCorrelationTest {

    @Test
    void matchesStatsmodelsWithPositiveLagsMeaningXLeads() {
        CrossCorrelation ccf = CrossCorrelation.of(ReferenceData.x(), ReferenceData.y(), 5);

        // ccf(y, x)[k] is corr(y_{t+k}, x_t): x leading by k.
        assertClose(
                IntStream.rangeClosed(0, 5).mapToDouble(ccf::atLag).toArray(),
                new double[] {
                    0.06180807663060688,
                    0.09957366620706881,
                    0.4142678802644103,
                    0.08425277372275713,
                    0.06701410180342884,
                    0.010297026327271691
                },
                STATISTIC);
        // ccf(x, y)[k] is corr(x_{t+k}, y_t): y leading by k.
        assertClose(
                IntStream.rangeClosed(0, 5).mapToDouble(k -> ccf.atLag(-k)).toArray(),
                new double[] {
                    0.06180807663060689,
                    0.08952058473153278,
                    0.20070875267873164,
                    0.0836121423833962,
                    0.00820128699290598,
                    0.06171286770828379
                },
                STATISTIC);
        assertThat(ccf.n()).isEqualTo(150);
        assertThat(ccf.band()).isCloseTo(1.96 / Math.sqrt(150), within(1e-4));
        assertThat(ccf.correlations()).hasSize(11);
    }

    @Test
    void peaksAtPlusTwoWhenYCopiesXTwoStepsLater() {
        Random random = new Random(3);
        double[] x = random.doubles(200).toArray();
        double[] y = new double[200];
        for (int t = 2; t < y.length; t++) {
            y[t] = x[t - 2];
        }

        CrossCorrelation ccf = CrossCorrelation.of(x, y, 4);

        assertThat(ccf.atLag(2)).isGreaterThan(0.9);
        assertThat(IntStream.rangeClosed(-4, 4).filter(lag -> lag != 2).mapToDouble(ccf::atLag))
                .allMatch(r -> Math.abs(r) < 3 * ccf.band());
    }

    @Test
    void refusesMoreLagsThanObservationsAndConstantSeries() {
        assertThatThrownBy(() -> CrossCorrelation.of(new double[] {1, 2, 3}, new double[] {3, 1, 2}, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cross-correlation lags must be 0..2 for 3 observations, got 3");
        assertThatThrownBy(() -> CrossCorrelation.of(new double[] {1, 1, 1}, new double[] {3, 1, 2}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cross-correlation is undefined for a constant series");
    }
}
