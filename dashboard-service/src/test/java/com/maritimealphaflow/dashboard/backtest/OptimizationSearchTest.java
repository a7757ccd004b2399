package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.service.BadRequestException;
import org.junit.jupiter.api.Test;

/** The grid-size check, before a request is accepted. */
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
}
