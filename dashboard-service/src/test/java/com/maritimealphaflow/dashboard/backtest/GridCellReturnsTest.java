package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.dashboard.backtest.engine.RandomSeries;
import com.maritimealphaflow.dashboard.backtest.engine.Strategy;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** A grid's cells re-run one at a time by the engine give the per-bar returns the grid's own Sharpe ratio came from. */
class GridCellReturnsTest {

    private static final double BARS_PER_YEAR = 365 * 288;

    @Test
    void everyCellsReturnsHaveTheSharpeRatioTheGridRankedItBy() {
        Random random = new Random(5);
        PriceBars bars = RandomSeries.bars(random, 600);
        double[] counts = RandomSeries.counts(random, 600, 7, true);
        Strategy costs = new Strategy(2, 3, true, 0.001, 0.0005, 10_000);
        double[][] grid =
                GridSearch.run(bars, counts, costs, BARS_PER_YEAR, 2, 9, 4, 20, GridSearch.Objective.SHARPE, false);
        GridCellReturns cells = new GridCellReturns(bars, counts, costs, 2, 9, 4, 20, new GridSearch.Progress(1));

        assertThat(cells.cells()).isEqualTo((int) GridSearch.combinations(2, 9, 4, 20));
        assertThat(cells.bars()).isEqualTo(599);
        for (int cell = 0; cell < cells.cells(); cell++) {
            Strategy strategy = cells.strategy(cell);
            double sum = 0;
            double squares = 0;
            for (double r : cells.returns(cell)) {
                sum += r;
                squares += r * r;
            }
            double expected = grid[strategy.fast() - 2][strategy.slow() - 4];
            assertThat(GridSearch.sharpe(sum, squares, cells.bars(), BARS_PER_YEAR))
                    .as("fast %d, slow %d", strategy.fast(), strategy.slow())
                    .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
    }

    @Test
    void stopsBeforeReadingACellOnceCancelled() {
        Random random = new Random(6);
        PriceBars bars = RandomSeries.bars(random, 50);
        double[] counts = RandomSeries.counts(random, 50, 0, true);
        GridSearch.Progress progress = new GridSearch.Progress(1);
        GridCellReturns cells =
                new GridCellReturns(bars, counts, new Strategy(2, 3, false, 0, 0, 1_000), 2, 4, 5, 8, progress);
        progress.cancel();

        assertThatThrownBy(() -> cells.returns(0)).isInstanceOf(CancellationException.class);
    }
}
