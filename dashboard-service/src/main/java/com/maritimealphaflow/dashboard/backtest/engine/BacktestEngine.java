package com.maritimealphaflow.dashboard.backtest.engine;

import java.time.Duration;
import java.util.List;

/**
 * Runs one SMA-crossover backtest over price bars and counts already aligned to them with {@link AsOfCounts}: the
 * engine's entry point for a single run, pure and without I/O. Returns are annualised by {@code barsPerYear}, which
 * the caller takes from the instrument's market calendar, and only for runs spanning at least the minimum span.
 */
public final class BacktestEngine {

    /** The shortest span given an annualised return when the caller names none (the setting's default). */
    public static final Duration DEFAULT_MIN_ANNUALISED_SPAN = Duration.ofDays(90);

    private BacktestEngine() {}

    /**
     * The curves, trades and metrics of one strategy; {@code buyAndHoldWithCosts} enters like the strategy could, at
     * the second bar's open with one fee and the slippage.
     */
    public record Outcome(
            double[] equity,
            double[] buyAndHold,
            double[] buyAndHoldWithCosts,
            double[] drawdown,
            List<Trade> trades,
            Metrics metrics) {}

    public static Outcome run(PriceBars bars, double[] alignedCounts, Strategy strategy, double barsPerYear) {
        return run(bars, alignedCounts, strategy, barsPerYear, DEFAULT_MIN_ANNUALISED_SPAN);
    }

    public static Outcome run(
            PriceBars bars, double[] alignedCounts, Strategy strategy, double barsPerYear, Duration minAnnualisedSpan) {
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
                MetricsCalculator.buyAndHoldWithCosts(bars, strategy),
                MetricsCalculator.drawdowns(run.equity()),
                run.trades(),
                MetricsCalculator.of(bars, run, strategy, barsPerYear, minAnnualisedSpan));
    }
}
