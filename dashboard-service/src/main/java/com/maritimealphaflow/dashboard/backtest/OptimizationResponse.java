package com.maritimealphaflow.dashboard.backtest;

import java.util.List;

/**
 * A grid's in-sample objective per (fast, slow) cell ({@code null} where fast ≥ slow or the objective is undefined),
 * the best cells with their out-of-sample result beside them, and how many combinations were tried: the number a
 * reader needs to discount the best in-sample figure.
 */
public record OptimizationResponse(
        String objective,
        int combinationsTried,
        int[] fastValues,
        int[] slowValues,
        Double[][] inSample,
        long splitTime,
        int inSampleBars,
        int outOfSampleBars,
        List<Candidate> best,
        String warning,
        long elapsedMillis) {

    /** One of the best in-sample cells and how the same lengths did on the held-out bars. */
    public record Candidate(
            int fast,
            int slow,
            double inSampleObjective,
            Double outOfSampleObjective,
            Metrics inSample,
            Metrics outOfSample) {}
}
