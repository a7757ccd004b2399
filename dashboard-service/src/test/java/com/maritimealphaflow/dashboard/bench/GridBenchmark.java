package com.maritimealphaflow.dashboard.bench;

import com.maritimealphaflow.dashboard.backtest.engine.AsOfCounts;
import com.maritimealphaflow.dashboard.backtest.engine.BacktestEngine;
import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.backtest.engine.Strategy;
import com.maritimealphaflow.model.market.TradingCalendar;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * Combinations × bars per second of the optimizer's grid (default 4,851 pairs of lengths 2–100 over a year of
 * 5-minute bars, 105,120), on one thread and on all cores, and the time of one backtest over the same bars. Synthetic
 * prices and counts: the engine's cost does not depend on their values. Run with {@code scripts/bench-backtest.sh}.
 */
public final class GridBenchmark {

    public static void main(String[] args) {
        int bars = args.length > 0 ? Integer.parseInt(args[0]) : 105_120;
        int maxLength = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Random random = new Random(1);
        long[] closes = new long[bars];
        double[] open = new double[bars];
        double[] close = new double[bars];
        long[] windowEnds = new long[bars];
        double[] counts = new double[bars];
        double price = 30_000;
        for (int i = 0; i < bars; i++) {
            closes[i] = (i + 1) * 300_000L;
            windowEnds[i] = closes[i];
            open[i] = price;
            price *= 1 + random.nextGaussian() * 0.002;
            close[i] = price;
            counts[i] = 400 + 50 * Math.sin(i / 288.0) + random.nextInt(40);
        }
        PriceBars priceBars = new PriceBars(closes, open, close, Duration.ofMinutes(5));
        double[] aligned = AsOfCounts.align(closes, windowEnds, counts);
        double barsPerYear = TradingCalendar.ALWAYS_OPEN.barsPerYear(priceBars.interval());
        Strategy costs = new Strategy(2, 3, false, 0.001, 0.001, 100_000);
        int combinations = (int) GridSearch.combinations(2, maxLength, 2, maxLength);
        System.out.printf(
                Locale.ROOT, "grid: %,d pairs of lengths 2-%d over %,d 5-minute bars%n", combinations, maxLength, bars);

        // one warm-up pass so the JIT has compiled the loop before anything is timed
        GridSearch.run(priceBars, aligned, costs, barsPerYear, 2, 20, 2, 20, GridSearch.Objective.SHARPE, true);
        for (boolean parallel : new boolean[] {false, true}) {
            long t = System.nanoTime();
            GridSearch.run(
                    priceBars,
                    aligned,
                    costs,
                    barsPerYear,
                    2,
                    maxLength,
                    2,
                    maxLength,
                    GridSearch.Objective.SHARPE,
                    parallel);
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%s: %.2f s = %,.0f combinations/s = %,.0f combination-bars/s%n",
                    parallel ? "all " + Runtime.getRuntime().availableProcessors() + " cores" : "one thread",
                    seconds,
                    combinations / seconds,
                    (double) combinations * bars / seconds);
        }
        int runs = 20;
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            BacktestEngine.run(priceBars, aligned, new Strategy(12, 48, true, 0.001, 0.001, 100_000), barsPerYear);
        }
        System.out.printf(
                Locale.ROOT, "one backtest with trades and metrics: %.1f ms%n", (System.nanoTime() - t) / 1e6 / runs);
    }
}
