package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ranking that keeps only the best cells of a grid. */
class OptimizationRunTest {

    @Test
    void keepsTheSameBestCellsInTheSameOrderAsSortingEveryCell() {
        Random random = new Random(3);
        double[][] grid = new double[40][60];
        for (double[] row : grid) {
            for (int s = 0; s < row.length; s++) {
                // few distinct values, so that ties are common; some undefined
                row[s] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(30);
            }
        }
        List<int[]> everyCell = new ArrayList<>();
        for (int f = 0; f < grid.length; f++) {
            for (int s = 0; s < grid[f].length; s++) {
                if (!Double.isNaN(grid[f][s])) {
                    everyCell.add(new int[] {f, s});
                }
            }
        }
        everyCell.sort(Comparator.comparingDouble((int[] cell) -> grid[cell[0]][cell[1]])
                .reversed());

        assertThat(OptimizationRun.best(grid, 5)).containsExactlyElementsOf(everyCell.subList(0, 5));
        assertThat(OptimizationRun.best(new double[][] {{Double.NaN, 1}}, 5)).containsExactly(new int[] {0, 1});
    }
}
