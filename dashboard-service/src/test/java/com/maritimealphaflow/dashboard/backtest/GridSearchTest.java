package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grid agrees with single backtests cell by cell, whether run on one core or all. */
class GridSearchTest {

    @Test
    void countsEveryPairWithFastBelowSlow() {
        assertThat(GridSearch.combinations(2, 100, 2, 100)).isEqualTo(4_851);
        assertThat(GridSearch.combinations(2, 3, 3, 4)).isEqualTo(3);
    }

    @Test
    void parallelGridEqualsSequentialGridAndEachCellEqualsItsOwnBacktest() {
        Random random = new Random(42);
        int n = 500;
        long[] closes = new long[n];
        double[] open = new double[n];
        double[] close = new double[n];
        double[] counts = new double[n];
        double price = 100;
        for (int i = 0; i < n; i++) {
            closes[i] = (i + 1) * 300_000L;
            open[i] = price;
            price *= 1 + random.nextGaussian() * 0.01;
            close[i] = price;
            counts[i] = 100 + random.nextInt(50);
        }
        PriceBars bars = new PriceBars(closes, open, close, Duration.ofMinutes(5));
        Strategy costs = new Strategy(2, 3, true, 0.001, 0.001, 100_000);

        double[][] parallel = GridSearch.run(
                bars, counts, costs, MarketCalendar.ALWAYS_OPEN, 2, 10, 5, 30, GridSearch.Objective.SHARPE, true);
        double[][] sequential = GridSearch.run(
                bars, counts, costs, MarketCalendar.ALWAYS_OPEN, 2, 10, 5, 30, GridSearch.Objective.SHARPE, false);

        for (int f = 0; f < parallel.length; f++) {
            assertThat(parallel[f]).containsExactly(sequential[f], within(0.0));
        }
        BacktestEngine.Outcome single =
                BacktestEngine.run(bars, counts, costs.withLengths(7, 21), MarketCalendar.ALWAYS_OPEN);
        assertThat(parallel[7 - 2][21 - 5]).isCloseTo(single.metrics().sharpe(), within(1e-12));
        assertThat(Double.isNaN(parallel[9 - 2][5 - 5])).isTrue();
    }
}
