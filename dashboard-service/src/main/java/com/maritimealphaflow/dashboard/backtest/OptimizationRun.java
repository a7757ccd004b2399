package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.BacktestEngine;
import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.backtest.engine.Strategy;
import com.maritimealphaflow.service.BadRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Searches fast/slow lengths honestly: a grid is ranked on in-sample bars only, and its choice is then run on later
 * bars that no choice has seen, either one holdout (the last 30% by default) or anchored walk-forward folds (the range
 * cut into folds + 1 equal parts; fold k chooses on parts 1..k and is judged on part k + 1). The plan it runs has been
 * checked and fitted to its data by {@link OptimizerService}. The last grid's luck is measured by
 * {@link LuckAssessment}. Computes only; stores nothing.
 */
final class OptimizationRun {

    private static final int BEST = 5;

    private OptimizationRun() {}

    /**
     * Runs the plan's grids (as many pairs as {@link OptimizerService.Plan#pairs}), reporting to {@code progress};
     * throws {@code CancellationException} if it is cancelled.
     */
    static OptimizationResponse run(OptimizerService.Plan plan, GridSearch.Progress progress) {
        long started = System.nanoTime();
        MarketSeries series = plan.loaded().series();
        PriceBars bars = series.bars();
        double[] aligned = plan.loaded().aligned();
        double barsPerYear = series.calendar().barsPerYear(bars.interval());
        GridSearch.Objective objective = plan.objective();

        List<OptimizationResponse.Fold> folds = new ArrayList<>();
        List<OptimizationResponse.Candidate> best = List.of();
        Double[][] heatmap = null;
        OptimizationResponse.Luck luck = null;
        double chainedEquity = 1;
        double returnSum = 0;
        double returnSquares = 0;
        int chainedReturns = 0;
        for (int k = 1; k <= plan.folds(); k++) {
            int split = plan.boundaries()[k];
            int end = plan.boundaries()[k + 1];
            PriceBars inBars = slice(bars, 0, split);
            PriceBars outBars = slice(bars, split, end);
            double[] inCounts = Arrays.copyOfRange(aligned, 0, split);
            double[] outCounts = Arrays.copyOfRange(aligned, split, end);
            double[][] grid = GridSearch.run(
                    inBars,
                    inCounts,
                    plan.costs(),
                    barsPerYear,
                    plan.fastMin(),
                    plan.fastMax(),
                    plan.slowMin(),
                    plan.slowMax(),
                    objective,
                    true,
                    progress);
            boolean last = k == plan.folds();
            List<OptimizationResponse.Candidate> candidates = new ArrayList<>();
            Strategy chosenStrategy = null;
            double[] chosenOutEquity = null;
            for (int[] cell : best(grid, last ? BEST : 1)) {
                Strategy strategy = plan.costs().withLengths(plan.fastMin() + cell[0], plan.slowMin() + cell[1]);
                BacktestEngine.Outcome in =
                        BacktestEngine.run(inBars, inCounts, strategy, barsPerYear, plan.minAnnualisedSpan());
                BacktestEngine.Outcome out =
                        BacktestEngine.run(outBars, outCounts, strategy, barsPerYear, plan.minAnnualisedSpan());
                double outObjective = GridSearch.objective(out.equity(), objective, barsPerYear);
                candidates.add(new OptimizationResponse.Candidate(
                        strategy.fast(),
                        strategy.slow(),
                        grid[cell[0]][cell[1]],
                        Double.isNaN(outObjective) ? null : outObjective,
                        in.metrics(),
                        out.metrics()));
                if (candidates.size() == 1) {
                    chosenStrategy = strategy;
                    chosenOutEquity = out.equity();
                    double[] equity = out.equity();
                    for (int i = 1; i < equity.length; i++) {
                        double r = equity[i] / equity[i - 1] - 1;
                        returnSum += r;
                        returnSquares += r * r;
                    }
                    chainedReturns += equity.length - 1;
                    chainedEquity *= equity[equity.length - 1] / equity[0];
                }
            }
            if (candidates.isEmpty()) {
                throw new BadRequestException(
                        "objective", "no combination has a defined " + objectiveName(objective) + " in-sample");
            }
            OptimizationResponse.Candidate chosen = candidates.get(0);
            folds.add(new OptimizationResponse.Fold(
                    k,
                    bars.closeTimes()[0],
                    bars.closeTimes()[split - 1],
                    bars.closeTimes()[end - 1],
                    split,
                    end - split,
                    chosen.fast(),
                    chosen.slow(),
                    chosen.inSampleObjective(),
                    chosen.outOfSampleObjective(),
                    chosen.outOfSample()));
            if (last) {
                best = candidates;
                heatmap = cells(grid);
                luck = LuckAssessment.of(
                        plan, inBars, inCounts, barsPerYear, progress, chosenStrategy, chosenOutEquity);
            }
        }
        int tried = (int) GridSearch.combinations(plan.fastMin(), plan.fastMax(), plan.slowMin(), plan.slowMax());
        int lastSplit = plan.boundaries()[plan.folds()];
        double chainedSharpe = GridSearch.sharpe(returnSum, returnSquares, chainedReturns, barsPerYear);
        return new OptimizationResponse(
                objectiveName(objective),
                plan.walkForward() ? OptimizationSearch.WALK_FORWARD : OptimizationSearch.HOLDOUT,
                tried,
                range(plan.fastMin(), plan.fastMax()),
                range(plan.slowMin(), plan.slowMax()),
                heatmap,
                bars.closeTimes()[lastSplit - 1],
                lastSplit,
                plan.boundaries()[plan.folds() + 1] - lastSplit,
                best,
                folds,
                plan.walkForward()
                        ? new OptimizationResponse.WalkForward(
                                chainedReturns + plan.folds(),
                                chainedEquity - 1,
                                Double.isNaN(chainedSharpe) ? null : chainedSharpe)
                        : null,
                warning(tried, plan.folds()),
                luck,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String warning(int tried, int folds) {
        String searched = folds > 1
                ? "In each of the " + folds + " folds the best of " + tried + " combinations was picked on the bars"
                        + " before the fold."
                : "The best of " + tried + " combinations was picked on the in-sample bars.";
        return searched + " The more combinations are tried, the more surely the best of them looks good by luck alone"
                + " (data snooping), so its in-sample figure overstates what to expect. Judge it by the out-of-sample"
                + " result beside it, which no choice has seen, and distrust a best cell whose neighbours in the"
                + " heatmap did poorly.";
    }

    /**
     * The {@code count} cells with the highest defined objective, best first (the earlier cell first among equals);
     * each is {row, column} of the grid. Kept to those few as the grid is scanned: a list of every cell cost 28 bytes
     * a cell, more than the grid itself.
     */
    static List<int[]> best(double[][] grid, int count) {
        List<int[]> best = new ArrayList<>(count + 1);
        for (int f = 0; f < grid.length; f++) {
            for (int s = 0; s < grid[f].length; s++) {
                double value = grid[f][s];
                if (Double.isNaN(value) || best.size() == count && value <= at(grid, best.get(count - 1))) {
                    continue;
                }
                int i = best.size();
                while (i > 0 && value > at(grid, best.get(i - 1))) {
                    i--;
                }
                best.add(i, new int[] {f, s});
                if (best.size() > count) {
                    best.remove(count);
                }
            }
        }
        return best;
    }

    private static double at(double[][] grid, int[] cell) {
        return grid[cell[0]][cell[1]];
    }

    private static Double[][] cells(double[][] grid) {
        Double[][] cells = new Double[grid.length][];
        for (int f = 0; f < grid.length; f++) {
            cells[f] = new Double[grid[f].length];
            for (int s = 0; s < grid[f].length; s++) {
                cells[f][s] = Double.isNaN(grid[f][s]) ? null : grid[f][s];
            }
        }
        return cells;
    }

    private static String objectiveName(GridSearch.Objective objective) {
        return objective == GridSearch.Objective.SHARPE ? "sharpe" : "totalReturn";
    }

    private static int[] range(int from, int to) {
        int[] values = new int[to - from + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i;
        }
        return values;
    }

    private static PriceBars slice(PriceBars bars, int from, int to) {
        return new PriceBars(
                Arrays.copyOfRange(bars.closeTimes(), from, to),
                Arrays.copyOfRange(bars.open(), from, to),
                Arrays.copyOfRange(bars.close(), from, to),
                bars.interval());
    }
}
