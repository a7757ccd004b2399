package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.backtest.engine.Strategy;
import com.maritimealphaflow.dashboard.backtest.luck.CellReturns;

/**
 * The per-bar returns of every (fast, slow) pair of a grid with fast < slow, cell by cell: each read re-runs the
 * deterministic engine for that pair ({@link GridSearch.Cells}), so only the pairs' lengths are held, never a cell ×
 * bar matrix. Cells are numbered row by row (fast, then slow), as the grid's heatmap lists them.
 */
final class GridCellReturns implements CellReturns {

    private final GridSearch.Cells engine;
    private final Strategy costs;
    private final int[] fast;
    private final int[] slow;
    private final GridSearch.Progress progress;

    /** Stops with a {@code CancellationException} before reading a cell once {@code progress} is cancelled. */
    GridCellReturns(
            PriceBars bars,
            double[] aligned,
            Strategy costs,
            int fastMin,
            int fastMax,
            int slowMin,
            int slowMax,
            GridSearch.Progress progress) {
        this.progress = progress;
        this.engine = new GridSearch.Cells(bars, aligned);
        this.costs = costs;
        int cells = (int) GridSearch.combinations(fastMin, fastMax, slowMin, slowMax);
        this.fast = new int[cells];
        this.slow = new int[cells];
        int n = 0;
        for (int f = fastMin; f <= fastMax; f++) {
            for (int s = Math.max(slowMin, f + 1); s <= slowMax; s++) {
                fast[n] = f;
                slow[n] = s;
                n++;
            }
        }
    }

    @Override
    public int cells() {
        return fast.length;
    }

    @Override
    public int bars() {
        return engine.returns();
    }

    @Override
    public void read(int cell, double[] into) {
        progress.checkNotCancelled();
        engine.returns(strategy(cell), into);
    }

    Strategy strategy(int cell) {
        return costs.withLengths(fast[cell], slow[cell]);
    }

    /** The returns of one cell in a new array. */
    double[] returns(int cell) {
        double[] returns = new double[bars()];
        read(cell, returns);
        return returns;
    }
}
