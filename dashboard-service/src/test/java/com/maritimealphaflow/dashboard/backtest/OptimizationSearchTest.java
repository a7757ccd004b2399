package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.service.BadRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grid-size check and the ranking that keeps only the best cells. */
class OptimizationSearchTest {

    @Test
    void refusesAGridOverTheLimitWithItsSizeAndTheLimitInTheMessage() {
        assertThatThrownBy(() -> OptimizationSearch.checkGridSize(4_999_850_001L, 1, 1_000_000))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("the grid has 4,999,850,001 cells; at most 1,000,000 are searched per request: narrow"
                        + " fastMin..fastMax or slowMin..slowMax")
                .extracting(e -> ((BadRequestException) e).parameter())
                .isEqualTo("slowMax");
    }

    @Test
    void countsEveryFoldsGridAndNamesTheFoldsWhenTheyAloneTipIt() {
        assertThatThrownBy(() -> OptimizationSearch.checkGridSize(300_000, 4, 1_000_000))
                .hasMessageContaining("300,000 pairs in each of 4 folds, 1,200,000 cells")
                .hasMessageContaining("or use fewer folds")
                .extracting(e -> ((BadRequestException) e).parameter())
                .isEqualTo("folds");
    }

    @Test
    void acceptsAGridAtTheLimitAndSaturatesInsteadOfOverflowing() {
        OptimizationSearch.checkGridSize(250_000, 4, 1_000_000);
        assertThatThrownBy(() -> OptimizationSearch.checkGridSize(Long.MAX_VALUE / 3, 10, 1_000_000))
                .isInstanceOf(BadRequestException.class);
    }

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

        assertThat(OptimizerService.best(grid, 5)).containsExactlyElementsOf(everyCell.subList(0, 5));
        assertThat(OptimizerService.best(new double[][] {{Double.NaN, 1}}, 5)).containsExactly(new int[] {0, 1});
    }
}
