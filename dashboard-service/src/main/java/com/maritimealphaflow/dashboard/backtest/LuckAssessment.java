package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.backtest.engine.Strategy;
import com.maritimealphaflow.dashboard.backtest.luck.BootstrapIntervals;
import com.maritimealphaflow.dashboard.backtest.luck.BootstrapSettings;
import com.maritimealphaflow.dashboard.backtest.luck.Interval;
import com.maritimealphaflow.dashboard.backtest.luck.LogitHistogram;
import com.maritimealphaflow.dashboard.backtest.luck.LuckStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures how likely an optimization's best cell owes its result to luck ({@link LuckStatistics}): the grid's cells
 * are re-run one at a time on the in-sample bars for the deflated Sharpe ratio and the probability of overfitting,
 * and the chosen cell's out-of-sample returns are bootstrapped. A statistic the data cannot support is left out with
 * a note, not refused: the search itself has an answer.
 */
final class LuckAssessment {

    static final String HOLDOUT_IN_SAMPLE = "the holdout's in-sample bars";
    static final String LAST_FOLD_IN_SAMPLE = "the last fold's in-sample bars";

    /**
     * Each cell is run again over the in-sample bars and keeps 32 doubles of block sums: the default grid (8,523 cells)
     * over a year of 5-minute bars is 0.9 billion bar steps and 2 MB; the largest grid a request may search (a million
     * cells) would be 256 MB on a dashboard heap of 144 MB, and minutes of both cores.
     */
    static final int MAX_CELLS = 20_000;

    static final long MAX_BAR_STEPS = 1_200_000_000L;

    private LuckAssessment() {}

    /**
     * The luck of the plan's last grid, searched on {@code inBars}, whose chosen cell {@code chosen} earned
     * {@code outEquity} out of sample; stops between cells when {@code progress} is cancelled.
     */
    static OptimizationResponse.Luck of(
            OptimizerService.Plan plan,
            PriceBars inBars,
            double[] inCounts,
            double barsPerYear,
            GridSearch.Progress progress,
            Strategy chosen,
            double[] outEquity) {
        List<String> notes = new ArrayList<>();
        GridCellReturns cells = new GridCellReturns(
                inBars,
                inCounts,
                plan.costs(),
                plan.fastMin(),
                plan.fastMax(),
                plan.slowMin(),
                plan.slowMax(),
                progress);
        Integer bestFast = null;
        Integer bestSlow = null;
        Double dsr = null;
        Double psr = null;
        Double variance = null;
        Double benchmark = null;
        Double pbo = null;
        Integer blocks = null;
        Integer splits = null;
        OptimizationResponse.Histogram histogram = null;
        long barSteps = (long) cells.cells() * cells.bars();
        if (plan.blocks() == 0) {
            notes.add("DSR and PBO: the in-sample part has " + cells.bars() + " returns, too few for 2 blocks of 2");
        } else if (cells.cells() > MAX_CELLS || barSteps > MAX_BAR_STEPS) {
            notes.add(String.format(
                    Locale.ROOT,
                    "DSR and PBO: %,d cells over %,d bars are more than this check runs (at most %,d cells and"
                            + " %,d cell-bars, the default grid over a year of 5-minute bars): narrow the grid",
                    cells.cells(),
                    cells.bars(),
                    MAX_CELLS,
                    MAX_BAR_STEPS));
        } else {
            try {
                LuckStatistics.GridLuck grid = LuckStatistics.assess(cells, plan.blocks());
                Strategy best = cells.strategy(grid.bestCell());
                bestFast = best.fast();
                bestSlow = best.slow();
                dsr = grid.deflated().probability();
                variance = grid.deflated().sharpeVariance();
                benchmark = grid.deflated().benchmark();
                psr = LuckStatistics.probabilisticSharpe(cells.returns(grid.bestCell()), 0);
                pbo = grid.overfitting().probability();
                blocks = grid.overfitting().blocks();
                splits = grid.overfitting().splits();
                LogitHistogram logits = grid.overfitting().logits();
                histogram = new OptimizationResponse.Histogram(logits.lowest(), logits.highest(), logits.counts());
            } catch (IllegalArgumentException e) {
                notes.add("DSR and PBO: " + e.getMessage());
            }
        }
        OptimizationResponse.Bootstrap bootstrap = null;
        double[] outReturns = new double[outEquity.length - 1];
        for (int i = 1; i < outEquity.length; i++) {
            outReturns[i - 1] = outEquity[i] / outEquity[i - 1] - 1;
        }
        try {
            BootstrapSettings settings = BootstrapSettings.defaults(outReturns.length, barsPerYear, plan.seed());
            BootstrapIntervals intervals = LuckStatistics.bootstrap(outReturns, settings);
            bootstrap = new OptimizationResponse.Bootstrap(
                    chosen.fast(),
                    chosen.slow(),
                    outReturns.length,
                    settings.resamples(),
                    settings.meanBlockLength(),
                    settings.seed(),
                    interval(intervals.totalReturn()),
                    interval(intervals.sharpe()),
                    interval(intervals.maxDrawdown()),
                    intervals.probabilityPositiveSharpe());
        } catch (IllegalArgumentException e) {
            notes.add("Bootstrap: " + e.getMessage());
        }
        return new OptimizationResponse.Luck(
                plan.walkForward() ? LAST_FOLD_IN_SAMPLE : HOLDOUT_IN_SAMPLE,
                cells.bars(),
                bestFast,
                bestSlow,
                dsr,
                psr,
                cells.cells(),
                variance,
                benchmark,
                pbo,
                blocks,
                splits,
                histogram,
                bootstrap,
                notes,
                new OptimizationResponse.Readings(
                        LuckStatistics.DSR_READING,
                        LuckStatistics.PSR_READING,
                        LuckStatistics.PBO_READING,
                        LuckStatistics.LOGIT_READING,
                        LuckStatistics.TOTAL_RETURN_READING,
                        LuckStatistics.SHARPE_INTERVAL_READING,
                        LuckStatistics.DRAWDOWN_READING,
                        LuckStatistics.POSITIVE_SHARPE_READING));
    }

    private static OptimizationResponse.Interval interval(Interval interval) {
        return new OptimizationResponse.Interval(interval.sample(), interval.lower(), interval.upper());
    }
}
