package com.maritimealphaflow.dashboard.backtest.luck;

/**
 * The deflated Sharpe ratio of the best cell: {@code probability} that its true Sharpe ratio is above zero once the
 * {@code trials} cells tried are allowed for, i.e. the PSR against {@code benchmark}, the Sharpe ratio the best of
 * that many cells of no skill would show. Sharpe ratios and their variance are per bar.
 */
public record DeflatedSharpe(
        double probability, double bestSharpe, double benchmark, int trials, double sharpeVariance) {

    /** The benchmark annualised like the grid's Sharpe ratios, to show next to them. */
    public double annualisedBenchmark(double barsPerYear) {
        return benchmark * Math.sqrt(barsPerYear);
    }
}
