package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.AsOfCounts;
import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.backtest.engine.Strategy;
import com.maritimealphaflow.dashboard.backtest.luck.LuckStatistics;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * The optimizer's luck step as it runs after a search (decision 0020): every cell of the default grid (fast 2–50,
 * slow 5–200: 8,523 cells) run again by the engine over a year of 5-minute bars (105,120) and folded into 16 blocks,
 * then the deflated Sharpe ratio and PBO over the 12,870 splits. Synthetic prices and counts. Run with
 * {@code scripts/bench-overfitting.sh} (after the engine-only figures).
 */
public final class LuckInOptimizerBenchmark {

    public static void main(String[] args) {
        int bars = args.length > 0 ? Integer.parseInt(args[0]) : 105_120;
        Random random = new Random(1);
        long[] closes = new long[bars];
        double[] open = new double[bars];
        double[] close = new double[bars];
        double[] counts = new double[bars];
        double price = 30_000;
        for (int i = 0; i < bars; i++) {
            closes[i] = (i + 1) * 300_000L;
            open[i] = price;
            price *= 1 + random.nextGaussian() * 0.002;
            close[i] = price;
            counts[i] = 400 + 50 * Math.sin(i / 288.0) + random.nextInt(40);
        }
        PriceBars priceBars = new PriceBars(closes, open, close, Duration.ofMinutes(5));
        double[] aligned = AsOfCounts.align(closes, closes, counts);
        Strategy costs = new Strategy(2, 3, false, 0.001, 0.001, 100_000);
        for (int run = 1; run <= 2; run++) {
            long started = System.nanoTime();
            GridCellReturns cells =
                    new GridCellReturns(priceBars, aligned, costs, 2, 50, 5, 200, new GridSearch.Progress(8_523));
            LuckStatistics.GridLuck luck = LuckStatistics.assess(cells, 16);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "run %d: %,d cells x %,d bars: DSR %.3f, PBO %.3f over %,d splits in %.1f s%n",
                    run,
                    cells.cells(),
                    cells.bars(),
                    luck.deflated().probability(),
                    luck.overfitting().probability(),
                    luck.overfitting().splits(),
                    seconds);
        }
    }
}
