package com.maritimealphaflow.dashboard.pairs.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.dashboard.research.leadlag.AdfResult;
import com.maritimealphaflow.dashboard.research.leadlag.LeadLagStatistics;
import com.maritimealphaflow.dashboard.research.leadlag.UnitRootDeterministics;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NestedAdfTest {

    @Test
    void matchesTheLeadLagAdfStatisticLagAndObservationsOnManyRandomSeries() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int series = 0; series < 300; series++) {
            int n = 40 + random.nextInt(600);
            double[] x = randomSeries(random, n, series % 3);
            int maxLag = NestedAdf.defaultMaxLag(n);

            NestedAdf.Result fast = NestedAdf.test(x, maxLag);
            AdfResult reference = LeadLagStatistics.adf(x, UnitRootDeterministics.CONSTANT, maxLag, true);

            assertThat(fast.usedLag()).as("lag of series %d", series).isEqualTo(reference.usedLag());
            assertThat(fast.nobs()).isEqualTo(reference.nobs());
            assertThat(fast.statistic())
                    .as("statistic of series %d", series)
                    .isCloseTo(reference.statistic(), within(1e-9 * Math.abs(reference.statistic())));
        }
    }

    @Test
    void defaultMaxLagIsStatsmodelsRuleCappedByTheSample() {
        assertThat(NestedAdf.defaultMaxLag(1260)).isEqualTo(23);
        assertThat(NestedAdf.defaultMaxLag(100)).isEqualTo(12);
        assertThat(NestedAdf.defaultMaxLag(20)).isEqualTo(8);
    }

    @Test
    void rejectsAConstantSeries() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NestedAdf.test(new double[50], 3))
                .withMessageContaining("constant");
    }

    /** Kind 0: random walk; 1: AR(1) with coefficient 0.9; 2: AR(2) with a level far from zero. */
    static double[] randomSeries(SplittableRandom random, int n, int kind) {
        double[] x = new double[n];
        double previous = 0;
        double beforePrevious = 0;
        for (int t = 0; t < n; t++) {
            double shock = random.nextGaussian();
            double value =
                    switch (kind) {
                        case 0 -> previous + shock;
                        case 1 -> 0.9 * previous + shock;
                        default -> 0.5 * previous + 0.3 * beforePrevious + 0.01 * shock;
                    };
            beforePrevious = previous;
            previous = value;
            x[t] = kind == 2 ? 5 + value : value;
        }
        return x;
    }
}
