package com.maritimealphaflow.dashboard.backtest.engine;

import java.util.List;

/**
 * Runs one SMA-crossover backtest over price bars and counts already aligned to them with {@link AsOfCounts}: the
 * engine's entry point for a single run, pure and without I/O. Returns are annualised by {@code barsPerYear}, which
 * the caller takes from the instrument's market calendar.
 */
public final class BacktestEngine {

    private BacktestEngine() {}

    /** The curves, trades and metrics of one strategy. */
    public record Outcome(
            double[] equity, double[] buyAndHold, double[] drawdown, List<Trade> trades, Metrics metrics) {}

    public static Outcome run(PriceBars bars, double[] alignedCounts, Strategy strategy, double barsPerYear) {
        if (bars.size() < 2 || alignedCounts.length != bars.size()) {
            throw new IllegalArgumentException("need at least two bars and one count per bar");
        }
        Simulation.Result run = Simulation.run(bars, new MovingAverages(alignedCounts), strategy, true);
        double[] buyAndHold = new double[bars.size()];
        for (int i = 0; i < buyAndHold.length; i++) {
            buyAndHold[i] = strategy.initialCash() * bars.close()[i] / bars.close()[0];
        }
        return new Outcome(
                run.equity(),
                buyAndHold,
                MetricsCalculator.drawdowns(run.equity()),
                run.trades(),
                MetricsCalculator.of(bars, run, strategy, barsPerYear));
    }
}
