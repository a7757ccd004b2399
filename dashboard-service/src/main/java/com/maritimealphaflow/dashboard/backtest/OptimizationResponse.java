package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.Metrics;
import java.util.List;

/**
 * A grid's in-sample objective per (fast, slow) cell ({@code null} where fast ≥ slow or the objective is undefined),
 * the best cells with their out-of-sample result beside them, and how many combinations were tried: the number a
 * reader needs to discount the best in-sample figure. With walk-forward validation the grid and the best cells are
 * the last fold's; {@code folds} lists every fold's choice and how it did on the bars after it, and
 * {@code walkForward} chains those out-of-sample stretches into one record. {@code luck} says how likely the best
 * cell owes its result to luck.
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
        Luck luck,
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

    /**
     * How likely it is that the best cell owes its result to luck (issue 17), measured on the last grid's in-sample
     * returns ({@code inSample} says which bars): the deflated Sharpe ratio of the best cell by Sharpe ratio
     * ({@code bestFast}/{@code bestSlow}) over the {@code cellsTried} cells with the probabilistic Sharpe ratio beside
     * it, and the probability of backtest overfitting over {@code blocks} blocks; then a stationary bootstrap of the
     * chosen cell's out-of-sample returns. {@code sharpeVariance} and {@code benchmarkSharpe} are per bar. A part
     * that cannot be measured (too few bars, no cell with a Sharpe ratio) is {@code null}, and {@code notes} says why.
     */
    record Luck(
            String inSample,
            int inSampleReturns,
            Integer bestFast,
            Integer bestSlow,
            Double dsr,
            Double psr,
            int cellsTried,
            Double sharpeVariance,
            Double benchmarkSharpe,
            Double pbo,
            Integer blocks,
            Integer splits,
            Histogram lambdaHistogram,
            Bootstrap bootstrap,
            List<String> notes,
            Readings readings) {}

    /** How many splits' logits λ fell in each equal bin from {@code lowest} to {@code highest}. */
    record Histogram(double lowest, double highest, int[] counts) {}

    /**
     * The chosen cell's out-of-sample returns resampled {@code resamples} times in blocks of {@code meanBlockLength}
     * bars on average from {@code seed}: 5 %–95 % intervals, each with the original figure as {@code sample}.
     */
    record Bootstrap(
            int fast,
            int slow,
            int returns,
            int resamples,
            double meanBlockLength,
            long seed,
            Interval totalReturn,
            Interval sharpe,
            Interval maxDrawdown,
            double probabilityPositiveSharpe) {}

    /** A figure from the original returns and the bootstrap's interval around it. */
    record Interval(double sample, double lower, double upper) {}

    /** One sentence per figure on how to read it. */
    record Readings(
            String dsr,
            String psr,
            String pbo,
            String lambdaHistogram,
            String totalReturn,
            String sharpe,
            String maxDrawdown,
            String probabilityPositiveSharpe) {}
}
