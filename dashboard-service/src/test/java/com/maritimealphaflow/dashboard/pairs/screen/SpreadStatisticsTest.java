package com.maritimealphaflow.dashboard.pairs.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpreadStatisticsTest {

    @Test
    void halfLifeOfAnExactGeometricDecayIsWorkedOutByHand() {
        // s_t = 10 * 0.9^t, so ds_t = -0.1 s_{t-1} exactly: b = -0.1 and the half-life is ln 2 / -ln 0.9 = 6.5788 bars
        double[] decay = new double[30];
        for (int t = 0; t < decay.length; t++) {
            decay[t] = 10 * Math.pow(0.9, t);
        }
        assertThat(SpreadStatistics.halfLife(decay)).isCloseTo(6.578813478960585, within(1e-9));

        // halving every bar: b = -0.5, half-life exactly 1
        assertThat(SpreadStatistics.halfLife(new double[] {16, 8, 4, 2, 1, 0.5}))
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void halfLifeIsInfiniteWithoutPullBackAndNaNWhenTheSpreadOvershootsEveryBar() {
        assertThat(SpreadStatistics.halfLife(new double[] {1, 2, 4, 8, 16})).isInfinite();
        // s_t = (-1.5)^t: ds_t = -2.5 s_{t-1}, b below -1
        assertThat(SpreadStatistics.halfLife(new double[] {1, -1.5, 2.25, -3.375, 5.0625}))
                .isNaN();
    }

    @Test
    void hurstOfARandomWalkIsAboutAHalfAndOfAMeanRevertingSeriesWellBelow() {
        SplittableRandom random = new SplittableRandom(11);
        double[] walk = new double[5_000];
        double[] meanReverting = new double[5_000];
        for (int t = 1; t < walk.length; t++) {
            walk[t] = walk[t - 1] + random.nextGaussian();
            meanReverting[t] = 0.8 * meanReverting[t - 1] + random.nextGaussian();
        }
        assertThat(SpreadStatistics.hurst(walk)).isCloseTo(0.5, within(0.05));
        assertThat(SpreadStatistics.hurst(meanReverting)).isLessThan(0.2);
    }

    @Test
    void meanCrossingsCountSideChangesAndAValueOnTheMeanKeepsItsSide() {
        assertThat(SpreadStatistics.meanCrossings(new double[] {1, -1, 1, -1})).isEqualTo(3);
        // mean 1: above, on, above
        assertThat(SpreadStatistics.meanCrossings(new double[] {2, 1, 2, -1, 1}))
                .isEqualTo(1);
        assertThat(SpreadStatistics.meanCrossings(new double[] {3, 3, 3})).isZero();
    }
}
