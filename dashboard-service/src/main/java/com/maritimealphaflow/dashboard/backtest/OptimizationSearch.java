package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.backtest.engine.Strategy;
import com.maritimealphaflow.service.BadRequestException;
import java.util.Locale;

/**
 * An optimization request checked without reading anything: the series and range, the costs, the validation, and the
 * grid's bounds as asked (the data may narrow them later). Every refusal is a 400 naming the parameter.
 */
record OptimizationSearch(
        BacktestInputs.Checked series,
        Strategy costs,
        GridSearch.Objective objective,
        boolean walkForward,
        double inSampleFraction,
        int folds,
        int fastMin,
        int fastMax,
        int slowMin,
        int slowMax,
        LuckSettings luck) {

    static final String HOLDOUT = "holdout";
    static final String WALK_FORWARD = "walk-forward";

    static OptimizationSearch of(OptimizationRequest request, DashboardProperties.Backtests limits) {
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
        LuckSettings luck = LuckSettings.of(request.blocks(), request.seed());
        checkGridSize(GridSearch.combinations(fastMin, fastMax, slowMin, slowMax), folds, limits.maxGridCells());
        Strategy costs = new Strategy(
                2,
                3,
                BacktestInputs.allowShort(request.mode()),
                BacktestInputs.cost(request.fee(), "fee"),
                BacktestInputs.cost(request.slippage(), "slippage"),
                BacktestInputs.initialCash(request.initialCash()));
        return new OptimizationSearch(
                BacktestInputs.check(request.asBacktest()),
                costs,
                objective,
                walkForward,
                fraction,
                folds,
                fastMin,
                fastMax,
                slowMin,
                slowMax,
                luck);
    }

    /**
     * Refuses a grid of more than {@code maxCells} pairs over all folds, counted from the bounds as asked: the grid's
     * time grows with its pairs, its memory with its cells, and a request of fast and slow up to 100,000 once ran the
     * dashboard out of memory.
     */
    static void checkGridSize(long pairs, int folds, long maxCells) {
        long cells = pairs > Long.MAX_VALUE / folds ? Long.MAX_VALUE : pairs * folds;
        if (cells <= maxCells) {
            return;
        }
        String size = folds == 1
                ? String.format(Locale.ROOT, "%,d cells", pairs)
                : String.format(Locale.ROOT, "%,d pairs in each of %d folds, %,d cells", pairs, folds, cells);
        boolean foldsAlone = pairs <= maxCells;
        throw new BadRequestException(
                foldsAlone ? "folds" : "slowMax",
                String.format(
                        Locale.ROOT,
                        "the grid has %s; at most %,d are searched per request: narrow fastMin..fastMax or"
                                + " slowMin..slowMax%s",
                        size,
                        maxCells,
                        folds > 1 ? ", or use fewer folds" : ""));
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

    private static boolean walkForward(String validation) {
        if (validation == null || HOLDOUT.equals(validation)) {
            return false;
        }
        if (WALK_FORWARD.equals(validation)) {
            return true;
        }
        throw new BadRequestException("validation", "expected holdout or walk-forward");
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
