package com.maritimealphaflow.dashboard.research.leadlag;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Granger tests of one direction at orders 1..maxLag, with the lag order that AIC and BIC prefer. */
public record GrangerResult(List<GrangerTest> tests, LagSelection lagSelection) {

    public GrangerResult {
        tests = List.copyOf(tests);
    }

    /** The order whose Holm-corrected p-value is smallest (the lowest such order on ties). */
    public GrangerTest strongest() {
        return tests.stream()
                .min(Comparator.comparingDouble(GrangerTest::holmPValue).thenComparingInt(GrangerTest::lag))
                .orElseThrow();
    }

    /** The strongest order, if its Holm-corrected p-value is below {@code alpha}. */
    public Optional<GrangerTest> significant(double alpha) {
        GrangerTest strongest = strongest();
        return strongest.holmPValue() < alpha ? Optional.of(strongest) : Optional.empty();
    }
}
