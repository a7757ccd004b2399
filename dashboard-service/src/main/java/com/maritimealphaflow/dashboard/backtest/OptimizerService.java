package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.backtest.engine.AsOfCounts;
import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.backtest.engine.Strategy;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.stereotype.Service;

/**
 * Plans an optimization request before anything searches it: checks it without reading anything
 * ({@link OptimizationSearch}), admits at most {@code optimizations-at-once} at a time, loads at most {@code max-bars}
 * bars and fits the grid to the bars that have counts. {@link OptimizationRun} then searches the plan. Computes only;
 * stores nothing.
 */
@Service
class OptimizerService {

    private final BacktestData data;
    private final DashboardProperties.Backtests limits;
    private final RequestPermits permits;

    OptimizerService(BacktestData data, DashboardProperties properties) {
        this.data = data;
        this.limits = properties.backtests();
        this.permits = new RequestPermits(
                limits.optimizationsAtOnce(),
                limits.optimizationsAtOnce()
                        + " optimizations are running: try again shortly, or start a job (/optimizations/jobs)");
    }

    RequestPermits permits() {
        return permits;
    }

    /** Checks a request without reading anything; every refusal is a 400 naming the parameter. */
    OptimizationSearch check(OptimizationRequest request) {
        return OptimizationSearch.of(request, limits);
    }

    /** Loads a checked request's data and fits the grid to it; a 400 if the data cannot support the search. */
    Plan plan(OptimizationSearch search) {
        BacktestInputs.Loaded loaded = BacktestInputs.load(data, search.series(), limits.maxBars());
        int n = loaded.series().bars().size();
        int folds = search.folds();
        boolean walkForward = search.walkForward();
        // split k of a holdout is one boundary; of walk-forward, folds + 1 equal parts
        int[] boundaries = new int[folds + 2];
        for (int k = 0; k <= folds + 1; k++) {
            boundaries[k] = walkForward
                    ? (int) ((long) n * k / (folds + 1))
                    : k == 0 ? 0 : k == 1 ? (int) Math.floor(n * search.inSampleFraction()) : n;
        }
        // the slow SMA must exist with a bar left to trade in every part, or a part says nothing
        int bound = Integer.MAX_VALUE;
        for (int k = 1; k <= folds; k++) {
            bound = Math.min(bound, counted(loaded.aligned(), 0, boundaries[k]) - 1);
            bound = Math.min(bound, counted(loaded.aligned(), boundaries[k], boundaries[k + 1]) - 1);
        }
        if (bound < search.slowMin() || bound <= search.fastMin()) {
            throw new BadRequestException(
                    walkForward ? "folds" : "slowMin",
                    "the in-sample and out-of-sample parts support slow lengths up to " + bound
                            + (walkForward
                                    ? ": use fewer folds, a longer range or shorter lengths"
                                    : ": widen the range or shorten the lengths"));
        }
        int slowMax = Math.min(search.slowMax(), bound);
        int fastMax = Math.min(search.fastMax(), slowMax - 1);
        // columns of slow lengths no fast length is below would be all empty: leave them out of the grid's memory
        int slowMin = Math.max(search.slowMin(), search.fastMin() + 1);
        // luck is measured on the last grid's in-sample returns, one fewer than its bars
        int blocks = search.luck().blocksFor(boundaries[folds] - 1);
        return new Plan(
                loaded,
                search.costs(),
                search.objective(),
                walkForward,
                boundaries,
                search.fastMin(),
                fastMax,
                slowMin,
                slowMax,
                blocks,
                search.luck().seed(),
                limits.minAnnualisedSpan());
    }

    /**
     * A checked request with its data loaded, ready to search; {@code blocks} (0 if the in-sample returns are too few)
     * and {@code seed} for measuring the last grid's luck.
     */
    record Plan(
            BacktestInputs.Loaded loaded,
            Strategy costs,
            GridSearch.Objective objective,
            boolean walkForward,
            int[] boundaries,
            int fastMin,
            int fastMax,
            int slowMin,
            int slowMax,
            int blocks,
            long seed,
            Duration minAnnualisedSpan) {

        int folds() {
            return boundaries.length - 2;
        }

        /** Pairs evaluated in all: one grid per fold. */
        long pairs() {
            return GridSearch.combinations(fastMin, fastMax, slowMin, slowMax) * folds();
        }
    }

    /**
     * Answers a search when it is done. The request is checked first, then a permit taken, and only then its data
     * read. At most {@code optimizations-at-once} run at a time (each already uses every core): more would only share
     * the cores, hold the web threads the pages need and crowd the small heap.
     */
    OptimizationResponse optimize(OptimizationRequest request) {
        OptimizationSearch search = check(request);
        try (RequestPermits.Permit permit = permits.take()) {
            Plan plan = plan(search);
            return OptimizationRun.run(plan, new GridSearch.Progress(plan.pairs()));
        }
    }

    /** Bars in [from, to) that have a count. */
    private static int counted(double[] aligned, int from, int to) {
        int first = AsOfCounts.firstCounted(Arrays.copyOfRange(aligned, from, to));
        return first < 0 ? 0 : to - from - first;
    }
}
