package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.Metrics;
import java.util.List;

/**
 * A grid's in-sample objective per (fast, slow) cell ({@code null} where fast ≥ slow or the objective is undefined),
 * the best cells with their out-of-sample result beside them, and how many combinations were tried: the number a
 * reader needs to discount the best in-sample figure. With walk-forward validation the grid and the best cells are
 * the last fold's; {@code folds} lists every fold's choice and how it did on the bars after it, and
 * {@code walkForward} chains those out-of-sample stretches into one record.
 */
record OptimizationResponse(
        String objective,
        String validation,
        int combinationsTried,
        int[] fastValues,
        int[] slowValues,
        Double[][] inSample,
        long splitTime,
        int inSampleBars,
        int outOfSampleBars,
        List<Candidate> best,
        List<Fold> folds,
        WalkForward walkForward,
        String warning,
        long elapsedMillis) {

    /** One of the best in-sample cells and how the same lengths did on the held-out bars. */
    record Candidate(
            int fast,
            int slow,
            double inSampleObjective,
            Double outOfSampleObjective,
            Metrics inSample,
            Metrics outOfSample) {}

    /**
     * One in-sample/out-of-sample split: the lengths chosen on bars closing from {@code inSampleFrom} to
     * {@code splitTime} and their result on the bars after, to {@code outOfSampleTo} (epoch milliseconds).
     */
    record Fold(
            int fold,
            long inSampleFrom,
            long splitTime,
            long outOfSampleTo,
            int inSampleBars,
            int outOfSampleBars,
            int fast,
            int slow,
            double inSampleObjective,
            Double outOfSampleObjective,
            Metrics outOfSample) {}

    /**
     * The folds' out-of-sample stretches traded one after another, each starting with the equity the previous one
     * ended with: what re-optimising on every fold would have earned on bars no choice had seen.
     */
    record WalkForward(int bars, double totalReturn, Double sharpe) {}
}
