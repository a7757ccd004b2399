package com.maritimealphaflow.dashboard.backtest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sharpe, Sortino, drawdown and annualisation against values worked out by hand. */
class MetricsCalculatorTest {

    // returns +10%, -10%, +10%: mean 1/30, sample deviation sqrt(0.0266…/2) = 0.11547, downside sqrt(0.01/3)
    private static final double[] EQUITY = {100, 110, 99, 108.9};

    @Test
    void sharpeAndSortinoPerBarAreScaledByTheSquareRootOfBarsPerYear() {
        assertThat(MetricsCalculator.sharpe(EQUITY, 1)).isCloseTo(0.288675, within(1e-6));
        assertThat(MetricsCalculator.sharpe(EQUITY, 365)).isCloseTo(0.288675 * Math.sqrt(365), within(1e-5));
        assertThat(MetricsCalculator.sortino(EQUITY, 1)).isCloseTo(0.577350, within(1e-6));
    }

    @Test
    void flatCurveHasNoSharpeOrSortino() {
        assertThat(MetricsCalculator.sharpe(new double[] {5, 5, 5, 5}, 365)).isNull();
        assertThat(MetricsCalculator.sortino(new double[] {5, 5, 5, 5}, 365)).isNull();
    }

    @Test
    void drawdownIsTheFallFromThePriorPeak() {
        assertThat(MetricsCalculator.drawdowns(EQUITY))
                .containsExactly(new double[] {0, 0, -0.1, -0.01}, within(1e-12));
    }

    @Test
    void annualisedReturnCompoundsTheTotalOverTheYearFraction() {
        double[] open = {100, 100, 100};
        double[] close = {100, 100, 100};
        PriceBars bars = BacktestEngineTest.bars(open, close);
        Simulation.Result run = new Simulation.Result(new double[] {100, 105, 110.25}, 0, 0, List.of());
        Strategy strategy = new Strategy(2, 3, false, 0, 0, 100);

        // two bars of 5% each, with 4 bars a year: (1.1025)^(4/2) - 1
        Metrics metrics = MetricsCalculator.of(bars, run, strategy, 4, Duration.ofHours(3));

        assertThat(metrics.annualisedReturn()).isCloseTo(Math.pow(1.1025, 2) - 1, within(1e-12));
        assertThat(metrics.annualisedOmitted()).isNull();
        assertThat(metrics.winRate()).isNull();
        assertThat(metrics.profitFactor()).isNull();
    }

    @Test
    void runShorterThanTheMinimumSpanHasNoAnnualisedReturnButSaysWhyAndKeepsItsSharpe() {
        // three hourly bars span three hours, from the first open to the last close
        PriceBars bars = BacktestEngineTest.bars(new double[] {100, 100, 100}, new double[] {100, 100, 100});
        Simulation.Result run = new Simulation.Result(new double[] {100, 105, 99}, 0, 0, List.of());
        Strategy strategy = new Strategy(2, 3, false, 0, 0, 100);

        Metrics metrics = MetricsCalculator.of(bars, run, strategy, 8760, Duration.ofHours(4));

        assertThat(metrics.annualisedReturn()).isNull();
        assertThat(metrics.annualisedOmitted())
                .isEqualTo("the backtest spans 3 hours; annualised figures need at least 4 hours");
        assertThat(metrics.totalReturn()).isCloseTo(-0.01, within(1e-12));
        assertThat(metrics.sharpe()).isNotNull();
        assertThat(metrics.sortino()).isNotNull();
    }

    @Test
    void omissionReasonCountsWholeDays() {
        assertThat(MetricsCalculator.annualisedOmitted(Duration.ofHours(48), Duration.ofDays(90)))
                .isEqualTo("the backtest spans 2 days; annualised figures need at least 90 days");
        assertThat(MetricsCalculator.annualisedOmitted(Duration.ofDays(1), Duration.ofDays(1)))
                .isNull();
        assertThat(MetricsCalculator.annualisedOmitted(Duration.ofDays(120), Duration.ofDays(90)))
                .isNull();
    }
}
