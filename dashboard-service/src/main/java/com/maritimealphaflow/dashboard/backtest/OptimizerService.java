package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.ServiceBusyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Searches fast/slow lengths honestly: a grid is ranked on in-sample bars only, and its choice is then run on later
 * bars that no choice has seen, either one holdout (the last 30% by default) or anchored walk-forward folds (the range
 * cut into folds + 1 equal parts; fold k chooses on parts 1..k and is judged on part k + 1). Computes only; stores
 * nothing.
 */
@Service
public class OptimizerService {

    static final String HOLDOUT = "holdout";
    static final String WALK_FORWARD = "walk-forward";
    private static final int BEST = 5;
    static final int AT_ONCE = 2;

    private final java.util.concurrent.Semaphore running = new java.util.concurrent.Semaphore(AT_ONCE);

    private final BacktestData data;

    OptimizerService(BacktestData data) {
        this.data = data;
    }

    /** Checks a request and loads its data; every refusal is a 400 naming the parameter, before any search starts. */
    Plan plan(OptimizationRequest request) {
        int fastMin = orDefault(request.fastMin(), 2);
        int fastMax = orDefault(request.fastMax(), 50);
        int slowMin = orDefault(request.slowMin(), 5);
        int slowMax = orDefault(request.slowMax(), 200);
        if (fastMin < 2) {
            throw new BadRequestException("fastMin", "must be at least 2");
        }
        if (fastMax < fastMin) {
            throw new BadRequestException("fastMax", "must be at least fastMin (" + fastMin + ")");
        }
        if (slowMax <= fastMin || slowMax < slowMin) {
            throw new BadRequestException("slowMax", "must be above fastMin and at least slowMin");
        }
        GridSearch.Objective objective = objective(request.objective());
        boolean walkForward = walkForward(request.validation());
        double fraction = request.inSampleFraction() == null ? 0.7 : request.inSampleFraction();
        if (!(fraction >= 0.5 && fraction <= 0.9)) {
            throw new BadRequestException("inSampleFraction", "must be between 0.5 and 0.9");
        }
        int folds = walkForward ? orDefault(request.folds(), 4) : 1;
        if (walkForward && (folds < 2 || folds > 10)) {
            throw new BadRequestException("folds", "must be between 2 and 10");
        }
        Strategy costs = new Strategy(
                2,
                3,
                BacktestInputs.allowShort(request.mode()),
                BacktestInputs.cost(request.fee(), "fee"),
                BacktestInputs.cost(request.slippage(), "slippage"),
                BacktestInputs.initialCash(request.initialCash()));

        BacktestInputs.Loaded loaded = BacktestInputs.load(data, request.asBacktest());
        int n = loaded.series().bars().size();
        // split k of a holdout is one boundary; of walk-forward, folds + 1 equal parts
        int[] boundaries = new int[folds + 2];
        for (int k = 0; k <= folds + 1; k++) {
            boundaries[k] = walkForward
                    ? (int) ((long) n * k / (folds + 1))
                    : k == 0 ? 0 : k == 1 ? (int) Math.floor(n * fraction) : n;
        }
        // the slow SMA must exist with a bar left to trade in every part, or a part says nothing
        int bound = Integer.MAX_VALUE;
        for (int k = 1; k <= folds; k++) {
            bound = Math.min(bound, counted(loaded.aligned(), 0, boundaries[k]) - 1);
            bound = Math.min(bound, counted(loaded.aligned(), boundaries[k], boundaries[k + 1]) - 1);
        }
        if (bound < slowMin || bound <= fastMin) {
            throw new BadRequestException(
                    walkForward ? "folds" : "slowMin",
                    "the in-sample and out-of-sample parts support slow lengths up to " + bound
                            + (walkForward
                                    ? ": use fewer folds, a longer range or shorter lengths"
                                    : ": widen the range or shorten the lengths"));
        }
        int effectiveSlowMax = Math.min(slowMax, bound);
        int effectiveFastMax = Math.min(fastMax, effectiveSlowMax - 1);
        return new Plan(
                loaded,
                costs,
                objective,
                walkForward,
                boundaries,
                fastMin,
                effectiveFastMax,
                slowMin,
                effectiveSlowMax);
    }

    /** A checked request with its data loaded, ready to search. */
    record Plan(
            BacktestInputs.Loaded loaded,
            Strategy costs,
            GridSearch.Objective objective,
            boolean walkForward,
            int[] boundaries,
            int fastMin,
            int fastMax,
            int slowMin,
            int slowMax) {

        int folds() {
            return boundaries.length - 2;
        }

        /** Pairs evaluated in all: one grid per fold. */
        long pairs() {
            return (long) GridSearch.combinations(fastMin, fastMax, slowMin, slowMax) * folds();
        }
    }

    /**
     * Answers a search when it is done. At most {@link #AT_ONCE} run at a time (each already uses every core): more
     * would only share the cores, hold the web threads the pages need and crowd the small heap.
     */
    public OptimizationResponse optimize(OptimizationRequest request) {
        Plan plan = plan(request);
        if (!running.tryAcquire()) {
            throw new ServiceBusyException(
                    AT_ONCE + " optimizations are running: try again shortly, or start a job (/optimizations/jobs)");
        }
        try {
            return run(plan, new GridSearch.Progress(plan.pairs()));
        } finally {
            running.release();
        }
    }

    /** Runs the plan's grids (as many pairs as {@link Plan#pairs}),, reporting to {@code progress}; throws {@code CancellationException} if it is cancelled. */
    OptimizationResponse run(Plan plan, GridSearch.Progress progress) {
        long started = System.nanoTime();
        MarketSeries series = plan.loaded().series();
        PriceBars bars = series.bars();
        double[] aligned = plan.loaded().aligned();
        MarketCalendar calendar = series.calendar();
        double barsPerYear = calendar.barsPerYear(bars.interval());
        GridSearch.Objective objective = plan.objective();

        List<OptimizationResponse.Fold> folds = new ArrayList<>();
        List<OptimizationResponse.Candidate> best = List.of();
        Double[][] heatmap = null;
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
                    calendar,
                    plan.fastMin(),
                    plan.fastMax(),
                    plan.slowMin(),
                    plan.slowMax(),
                    objective,
                    true,
                    progress);
            List<int[]> ranked = ranked(grid);
            boolean last = k == plan.folds();
            List<OptimizationResponse.Candidate> candidates = new ArrayList<>();
            for (int[] cell : ranked.subList(0, Math.min(last ? BEST : 1, ranked.size()))) {
                Strategy strategy = plan.costs().withLengths(plan.fastMin() + cell[0], plan.slowMin() + cell[1]);
                BacktestEngine.Outcome in = BacktestEngine.run(inBars, inCounts, strategy, calendar);
                BacktestEngine.Outcome out = BacktestEngine.run(outBars, outCounts, strategy, calendar);
                double outObjective = GridSearch.objective(out.equity(), objective, barsPerYear);
                candidates.add(new OptimizationResponse.Candidate(
                        strategy.fast(),
                        strategy.slow(),
                        grid[cell[0]][cell[1]],
                        Double.isNaN(outObjective) ? null : outObjective,
                        in.metrics(),
                        out.metrics()));
                if (candidates.size() == 1) {
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
            }
        }
        int tried = GridSearch.combinations(plan.fastMin(), plan.fastMax(), plan.slowMin(), plan.slowMax());
        int lastSplit = plan.boundaries()[plan.folds()];
        double chainedSharpe = GridSearch.sharpe(returnSum, returnSquares, chainedReturns, barsPerYear);
        return new OptimizationResponse(
                objectiveName(objective),
                plan.walkForward() ? WALK_FORWARD : HOLDOUT,
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
                (System.nanoTime() - started) / 1_000_000);
    }

    static String warning(int tried, int folds) {
        String searched = folds > 1
                ? "In each of the " + folds + " folds the best of " + tried + " combinations was picked on the bars"
                        + " before the fold."
                : "The best of " + tried + " combinations was picked on the in-sample bars.";
        return searched + " The more combinations are tried, the more surely the best of them looks good by luck alone"
                + " (data snooping), so its in-sample figure overstates what to expect. Judge it by the out-of-sample"
                + " result beside it, which no choice has seen, and distrust a best cell whose neighbours in the"
                + " heatmap did poorly.";
    }

    /** Cells with a defined objective, best first; each is {row, column} of the grid. */
    private static List<int[]> ranked(double[][] grid) {
        List<int[]> ranked = new ArrayList<>();
        for (int f = 0; f < grid.length; f++) {
            for (int s = 0; s < grid[f].length; s++) {
                if (!Double.isNaN(grid[f][s])) {
                    ranked.add(new int[] {f, s});
                }
            }
        }
        ranked.sort(Comparator.comparingDouble((int[] cell) -> grid[cell[0]][cell[1]])
                .reversed());
        return ranked;
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

    private static GridSearch.Objective objective(String name) {
        if (name == null || "sharpe".equals(name)) {
            return GridSearch.Objective.SHARPE;
        }
        if ("totalReturn".equals(name)) {
            return GridSearch.Objective.TOTAL_RETURN;
        }
        throw new BadRequestException("objective", "expected sharpe or totalReturn");
    }

    private static String objectiveName(GridSearch.Objective objective) {
        return objective == GridSearch.Objective.SHARPE ? "sharpe" : "totalReturn";
    }

    private static boolean walkForward(String validation) {
        if (validation == null || HOLDOUT.equals(validation)) {
            return false;
        }
        if (WALK_FORWARD.equals(validation)) {
            return true;
        }
        throw new BadRequestException("validation", "expected holdout or walk-forward");
    }

    /** Bars in [from, to) that have a count. */
    private static int counted(double[] aligned, int from, int to) {
        int first = AsOfCounts.firstCounted(Arrays.copyOfRange(aligned, from, to));
        return first < 0 ? 0 : to - from - first;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static int[] range(int from, int to) {
        int[] values = new int[to - from + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i;
        }
        return values;
    }

    static PriceBars slice(PriceBars bars, int from, int to) {
        return new PriceBars(
                Arrays.copyOfRange(bars.closeTimes(), from, to),
                Arrays.copyOfRange(bars.open(), from, to),
                Arrays.copyOfRange(bars.close(), from, to),
                bars.interval());
    }
}
