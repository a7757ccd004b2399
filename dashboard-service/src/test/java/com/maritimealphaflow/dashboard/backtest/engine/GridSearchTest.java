package com.maritimealphaflow.dashboard.backtest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grid skips from crossover to crossover instead of simulating every bar; these tests hold it to the bar-by-bar
 * backtest, cell by cell, whether run on one core or all.
 */
class GridSearchTest {

    // 5-minute bars around the clock
    private static final double BARS_PER_YEAR = 365 * 288;

    @Test
    void countsEveryPairWithFastBelowSlow() {
        assertThat(GridSearch.combinations(2, 100, 2, 100)).isEqualTo(4_851);
        assertThat(GridSearch.combinations(2, 3, 3, 4)).isEqualTo(3);
    }

    @Test
    void countsInClosedFormWhatALoopOverEveryPairCounts() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            int fastMin = 2 + random.nextInt(40);
            int fastMax = fastMin - 2 + random.nextInt(60);
            int slowMin = 2 + random.nextInt(80);
            int slowMax = slowMin - 2 + random.nextInt(80);
            long pairs = 0;
            for (int fast = fastMin; fast <= fastMax; fast++) {
                for (int slow = slowMin; slow <= slowMax; slow++) {
                    pairs += fast < slow ? 1 : 0;
                }
            }
            assertThat(GridSearch.combinations(fastMin, fastMax, slowMin, slowMax))
                    .as("fast %d-%d, slow %d-%d", fastMin, fastMax, slowMin, slowMax)
                    .isEqualTo(pairs);
        }
    }

    @Test
    void countsTheLargestRangesWithoutOverflow() {
        long n = Integer.MAX_VALUE - 1L; // lengths 2 .. Integer.MAX_VALUE
        // n lengths on each side: n (n - 1) / 2 pairs, about 2.3e18, still a long
        assertThat(GridSearch.combinations(2, Integer.MAX_VALUE, 2, Integer.MAX_VALUE))
                .isEqualTo(java.math.BigInteger.valueOf(n)
                        .multiply(java.math.BigInteger.valueOf(n - 1))
                        .shiftRight(1)
                        .longValueExact());
        assertThat(GridSearch.combinations(2, 100_000, 2, 100_000)).isEqualTo(4_999_850_001L);
    }

    @ParameterizedTest(name = "short allowed: {0}, objective {1}, whole counts: {2}")
    @CsvSource({
        "false, SHARPE, true",
        "true, SHARPE, true",
        "false, TOTAL_RETURN, true",
        "true, TOTAL_RETURN, false",
        "false, SHARPE, false"
    })
    void everyCellEqualsTheBarByBarBacktestOfItsLengths(
            boolean allowShort, GridSearch.Objective objective, boolean wholeCounts) {
        Random random = new Random(42);
        PriceBars bars = RandomSeries.bars(random, 600);
        double[] counts = RandomSeries.counts(random, 600, 37, wholeCounts);
        Strategy costs = new Strategy(2, 3, allowShort, 0.001, 0.002, 100_000);

        double[][] grid = GridSearch.run(bars, counts, costs, BARS_PER_YEAR, 2, 12, 3, 40, objective, false);

        int compared = 0;
        for (int fast = 2; fast <= 12; fast++) {
            for (int slow = 3; slow <= 40; slow++) {
                double cell = grid[fast - 2][slow - 3];
                if (fast >= slow) {
                    assertThat(cell).isNaN();
                    continue;
                }
                BacktestEngine.Outcome single =
                        BacktestEngine.run(bars, counts, costs.withLengths(fast, slow), BARS_PER_YEAR);
                double expected = GridSearch.objective(single.equity(), objective, BARS_PER_YEAR);
                assertThat(cell).as("fast %d slow %d", fast, slow).isCloseTo(expected, within(1e-9));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(GridSearch.combinations(2, 12, 3, 40));
    }

    @Test
    void aPairThatNeverTradesHasNoSharpeAndNoReturn() {
        Random random = new Random(7);
        PriceBars bars = RandomSeries.bars(random, 100);
        double[] flatCounts = new double[100];
        java.util.Arrays.fill(flatCounts, 120);
        Strategy costs = new Strategy(2, 3, true, 0.001, 0.001, 100_000);

        double[][] sharpe =
                GridSearch.run(bars, flatCounts, costs, BARS_PER_YEAR, 2, 4, 5, 9, GridSearch.Objective.SHARPE, false);
        double[][] total = GridSearch.run(
                bars, flatCounts, costs, BARS_PER_YEAR, 2, 4, 5, 9, GridSearch.Objective.TOTAL_RETURN, false);

        assertThat(sharpe[0][0]).isNaN();
        assertThat(total[0][0]).isZero();
    }

    @Test
    void parallelGridEqualsSequentialGrid() {
        Random random = new Random(3);
        PriceBars bars = RandomSeries.bars(random, 500);
        double[] counts = RandomSeries.counts(random, 500, 0, true);
        Strategy costs = new Strategy(2, 3, true, 0.001, 0.001, 100_000);

        double[][] parallel =
                GridSearch.run(bars, counts, costs, BARS_PER_YEAR, 2, 10, 5, 30, GridSearch.Objective.SHARPE, true);
        double[][] sequential =
                GridSearch.run(bars, counts, costs, BARS_PER_YEAR, 2, 10, 5, 30, GridSearch.Objective.SHARPE, false);

        for (int f = 0; f < parallel.length; f++) {
            assertThat(parallel[f]).containsExactly(sequential[f], within(0.0));
        }
    }

    @Test
    void progressCountsEveryPairAndACancelledSearchStops() {
        Random random = new Random(5);
        PriceBars bars = RandomSeries.bars(random, 300);
        double[] counts = RandomSeries.counts(random, 300, 0, true);
        Strategy costs = new Strategy(2, 3, false, 0.001, 0.001, 100_000);
        GridSearch.Progress progress = new GridSearch.Progress(GridSearch.combinations(2, 10, 5, 30));

        GridSearch.run(bars, counts, costs, BARS_PER_YEAR, 2, 10, 5, 30, GridSearch.Objective.SHARPE, true, progress);
        assertThat(progress.done()).isEqualTo(GridSearch.combinations(2, 10, 5, 30));

        GridSearch.Progress cancelled = new GridSearch.Progress(GridSearch.combinations(2, 10, 5, 30));
        cancelled.cancel();
        assertThatThrownBy(() -> GridSearch.run(
                        bars, counts, costs, BARS_PER_YEAR, 2, 10, 5, 30, GridSearch.Objective.SHARPE, true, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(cancelled.done()).isZero();
    }
}
