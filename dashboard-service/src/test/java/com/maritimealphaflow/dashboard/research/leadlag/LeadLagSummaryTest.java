package com.maritimealphaflow.dashboard.research.leadlag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadLagSummaryTest {

    private static final LagSelection ANY_SELECTION = new LagSelection(100, new double[3], new double[3], 1, 1);

    @Test
    void namesTheLagWithTheSmallestCorrectedPValueAndALeadTheOtherWay() {
        GrangerResult forward = result(0.2, 0.0123, 0.03);
        GrangerResult reverse = result(0.04, 0.3, 0.5);

        String summary = LeadLagSummary.describe("traffic", "returns", forward, reverse, LagUnit.DAY, 0.05);

        assertThat(summary)
                .isEqualTo("Traffic leads returns by 2 days (p = 0.012 after Holm correction over 3 lags). There is"
                        + " also evidence of a lead of returns over traffic by 1 day (p = 0.040 after correction).");
    }

    @Test
    void reportsTheSmallestCorrectedPValueWhenNothingIsSignificant() {
        GrangerResult none = result(0.2, 0.06, 0.5);

        assertThat(LeadLagSummary.describe("traffic", "returns", none, none, LagUnit.HOUR, 0.05))
                .isEqualTo("No evidence that traffic leads returns at any lag tested (1 to 3 hours; smallest p = 0.060"
                        + " after Holm correction).");
    }

    /** Tests whose Holm-corrected p-values are the ones given, one per lag from 1. */
    private static GrangerResult result(double... holmPValues) {
        List<GrangerTest> tests = new ArrayList<>();
        for (int i = 0; i < holmPValues.length; i++) {
            tests.add(new GrangerTest(i + 1, 100, 1, i + 1, 90, holmPValues[i], holmPValues[i], holmPValues[i]));
        }
        return new GrangerResult(tests, ANY_SELECTION);
    }
}
