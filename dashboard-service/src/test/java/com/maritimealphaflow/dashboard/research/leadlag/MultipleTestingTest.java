package com.maritimealphaflow.dashboard.research.leadlag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MultipleTestingTest {

    @Test
    void holmScalesTheSmallestByMAndKeepsTheOrderMonotoneInTheInputOrder() {
        // Sorted, 0.01, 0.02, 0.03 and 0.5 are scaled by 4, 3, 2 and 1: 0.04, 0.06, 0.06, 0.5.
        double[] adjusted = MultipleTesting.holm(new double[] {0.5, 0.02, 0.01, 0.03});

        assertThat(adjusted[0]).isCloseTo(0.5, within(1e-12));
        assertThat(adjusted[1]).isCloseTo(0.06, within(1e-12));
        assertThat(adjusted[2]).isCloseTo(0.04, within(1e-12));
        assertThat(adjusted[3]).isCloseTo(0.06, within(1e-12));
    }

    @Test
    void bonferroniMultipliesByTheNumberOfTestsAndCapsAtOne() {
        assertThat(MultipleTesting.bonferroni(new double[] {0.5, 0.02, 0.01, 0.03}))
                .containsExactly(new double[] {1, 0.08, 0.04, 0.12}, within(1e-12));
    }
}
