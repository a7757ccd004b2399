package com.maritimealphaflow.dashboard.pairs.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PValueAdjustmentTest {

    // m = 4; ascending: 0.005 (#4), 0.01 (#1), 0.03 (#3), 0.04 (#2)
    private static final double[] P = {0.01, 0.04, 0.03, 0.005};

    @Test
    void benjaminiHochbergMatchesTheHandWorkedExample() {
        // m p / rank: 4*0.005/1 = 0.02, 4*0.01/2 = 0.02, 4*0.03/3 = 0.04, 4*0.04/4 = 0.04; minimum from the top down
        assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(P))
                .containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-15));
    }

    @Test
    void benjaminiHochbergTakesTheMinimumOfTheLargerRanks() {
        // ascending 0.02, 0.04, 0.045; m p / rank: 3*0.02/1 = 0.06, 3*0.04/2 = 0.06, 3*0.045/3 = 0.045, so both
        // smaller ranks drop to 0.045
        assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(new double[] {0.045, 0.02, 0.04}))
                .containsExactly(new double[] {0.045, 0.045, 0.045}, within(1e-15));
        assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(new double[] {0.9, 0.8}))
                .containsExactly(new double[] {0.9, 0.9}, within(1e-15));
    }

    @Test
    void holmMatchesTheHandWorkedExample() {
        // (m - rank + 1) p: 4*0.005 = 0.02, 3*0.01 = 0.03, 2*0.03 = 0.06, 1*0.04 = 0.04 -> running maximum 0.06
        assertThat(PValueAdjustment.HOLM.adjust(P))
                .containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
    }

    @Test
    void adjustedValuesAreCappedAtOne() {
        assertThat(PValueAdjustment.HOLM.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
        assertThat(PValueAdjustment.BENJAMINI_HOCHBERG.adjust(new double[] {1.0, 1.0}))
                .containsExactly(1.0, 1.0);
    }
}
