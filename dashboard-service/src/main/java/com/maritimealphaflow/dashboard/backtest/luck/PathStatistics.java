package com.maritimealphaflow.dashboard.backtest.luck;

import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;

/**
 * Total return, Sharpe ratio and maximum drawdown of a series of returns fed one at a time, so that a resample is
 * never written out. Equity compounds from 1, as in the engine's curves.
 */
final class PathStatistics {

    private double equity = 1;
    private double peak = 1;
    private double maxDrawdown;
    private double sum;
    private double squares;
    private int count;

    void add(double r) {
        equity *= 1 + r;
        peak = Math.max(peak, equity);
        maxDrawdown = Math.min(maxDrawdown, equity / peak - 1);
        sum += r;
        squares += r * r;
        count++;
    }

    double totalReturn() {
        return equity - 1;
    }

    double maxDrawdown() {
        return maxDrawdown;
    }

    /** Annualised; 0 for a resample that happens to have no variance (a run of flat bars). */
    double sharpe(double barsPerYear) {
        double s = GridSearch.sharpe(sum, squares, count, barsPerYear);
        return Double.isNaN(s) ? 0 : s;
    }
}
