package com.maritimealphaflow.dashboard.backtest.luck;

import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;

/**
 * How likely it is that the best cell of a grid owes its Sharpe ratio to luck (issue 17): the probabilistic and
 * deflated Sharpe ratios, the probability of backtest overfitting by combinatorially symmetric cross-validation, and a
 * stationary bootstrap of one strategy's returns. Inputs are per-bar returns; Sharpe ratios without a bars-per-year
 * argument are per bar. Bad input throws {@link IllegalArgumentException} whose message names the parameter.
 */
public final class LuckStatistics {

    public static final int DEFAULT_BLOCKS = 16;
    public static final int DEFAULT_HISTOGRAM_BINS = 20;

    public static final String PSR_READING = "PSR is the probability that the strategy's true Sharpe ratio is above"
            + " the benchmark, given how many bars it was measured on and how skewed and fat-tailed its returns are.";
    public static final String DSR_READING = "DSR is the probability that the best cell's true Sharpe ratio is above"
            + " zero after allowing for the N cells tried; below 0.95, treat the result as luck.";
    public static final String PBO_READING = "PBO is the share of in-sample/out-of-sample splits in which the best"
            + " cell in sample ranked at or below the median out of sample; near 0.5 or above, picking the best cell"
            + " is no better than picking any cell.";
    public static final String LOGIT_READING = "Each bar counts the splits whose best in-sample cell reached that"
            + " out-of-sample rank logit; mass left of zero is where the in-sample choice did worse than the median.";
    public static final String TOTAL_RETURN_READING = "The total return interval holds the compounded return of the"
            + " middle resamples (5 % to 95 % by default): what the same bars, reshuffled in blocks, could as easily"
            + " have earned.";
    public static final String SHARPE_INTERVAL_READING = "The Sharpe interval holds the annualised Sharpe ratio of"
            + " the middle resamples (5 % to 95 % by default); if it reaches below zero, the edge is within the noise.";
    public static final String DRAWDOWN_READING = "The drawdown interval holds the deepest fall from a peak in the"
            + " middle resamples (5 % to 95 % by default); plan for its lower end, not for the one drawdown the"
            + " backtest happened to show.";
    public static final String POSITIVE_SHARPE_READING = "P(Sharpe > 0) is the share of resamples with a positive"
            + " Sharpe ratio; below 0.95, the strategy's sign is not settled by this history.";

    private LuckStatistics() {}

    /** PSR of a strategy's returns against a per-bar benchmark Sharpe ratio (0 for "any skill at all"). */
    public static double probabilisticSharpe(double[] returns, double benchmark) {
        ReturnMoments moments = ReturnMoments.of(returns);
        return SharpeInference.probabilistic(
                moments.sharpe(), moments.count(), moments.skewness(), moments.kurtosis(), benchmark);
    }

    /** DSR of the best cell's returns, given every cell's per-bar Sharpe ratio (the best one's included). */
    public static DeflatedSharpe deflatedSharpe(double[] bestReturns, double[] cellSharpes) {
        return SharpeInference.deflated(
                ReturnMoments.of(bestReturns), cellSharpes.length, SharpeInference.variance(cellSharpes));
    }

    /** PBO over {@link #DEFAULT_BLOCKS} blocks. */
    public static OverfittingProbability overfitting(CellReturns returns) {
        return overfitting(returns, DEFAULT_BLOCKS);
    }

    /** PBO over {@code blocks} row blocks (even, at least 2, at most 20), reading each cell once. */
    public static OverfittingProbability overfitting(CellReturns returns, int blocks) {
        return CombinatorialSplits.run(BlockSums.of(returns, blocks), DEFAULT_HISTOGRAM_BINS);
    }

    /**
     * DSR and PBO of a whole grid from one read of every cell plus a second read of the best one (for its skewness
     * and kurtosis). Cells without variance count as trials with a Sharpe ratio of 0.
     */
    public static GridLuck assess(CellReturns returns, int blocks) {
        BlockSums sums = BlockSums.of(returns, blocks);
        double[] total = new double[sums.cells];
        double[] totalSquares = new double[sums.cells];
        sums.totals(total, totalSquares);
        double[] sharpes = new double[sums.cells];
        int best = 0;
        for (int n = 0; n < sums.cells; n++) {
            double s = GridSearch.sharpe(total[n], totalSquares[n], sums.bars, 1);
            sharpes[n] = Double.isNaN(s) ? 0 : s;
            if (sharpes[n] > sharpes[best]) {
                best = n;
            }
        }
        if (sharpes[best] == 0) {
            throw new IllegalArgumentException(
                    "returns: the best cell, " + best + ", has no variance or no mean; no Sharpe ratio to deflate");
        }
        double[] bestReturns = new double[sums.bars];
        returns.read(best, bestReturns);
        return new GridLuck(
                best, deflatedSharpe(bestReturns, sharpes), CombinatorialSplits.run(sums, DEFAULT_HISTOGRAM_BINS));
    }

    /** Stationary bootstrap intervals of a strategy's per-bar returns. */
    public static BootstrapIntervals bootstrap(double[] returns, BootstrapSettings settings) {
        return StationaryBootstrap.run(returns, settings);
    }

    /** The deflated Sharpe ratio and the probability of overfitting of a grid, and which cell was best. */
    public record GridLuck(int bestCell, DeflatedSharpe deflated, OverfittingProbability overfitting) {}
}
