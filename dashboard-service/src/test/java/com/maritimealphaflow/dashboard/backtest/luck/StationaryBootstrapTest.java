package com.maritimealphaflow.dashboard.backtest.luck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** The stationary bootstrap of one strategy's per-bar returns. */
class StationaryBootstrapTest {

    private static final double BARS_PER_YEAR = 105_120;

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        double[] returns = series(new SplittableRandom(1), 3_000, 0.0002);

        BootstrapIntervals first =
                LuckStatistics.bootstrap(returns, BootstrapSettings.defaults(3_000, BARS_PER_YEAR, 42));
        BootstrapIntervals again =
                LuckStatistics.bootstrap(returns, BootstrapSettings.defaults(3_000, BARS_PER_YEAR, 42));
        BootstrapIntervals other =
                LuckStatistics.bootstrap(returns, BootstrapSettings.defaults(3_000, BARS_PER_YEAR, 43));

        assertThat(again).isEqualTo(first);
        assertThat(other.sharpe()).isNotEqualTo(first.sharpe());
    }

    @Test
    void theIntervalsOfANormalSeriesContainItsOwnStatistics() {
        double[] returns = series(new SplittableRandom(2), 5_000, 0.0003);

        BootstrapIntervals intervals =
                LuckStatistics.bootstrap(returns, BootstrapSettings.defaults(5_000, BARS_PER_YEAR, 7));

        for (Interval interval :
                new Interval[] {intervals.totalReturn(), intervals.sharpe(), intervals.maxDrawdown()}) {
            assertThat(interval.lower()).isLessThan(interval.upper());
            assertThat(interval.contains(interval.sample())).as("%s", interval).isTrue();
        }
        assertThat(intervals.maxDrawdown().upper()).isLessThanOrEqualTo(0);
        assertThat(intervals.sharpe().sample())
                .isCloseTo(ReturnMoments.of(returns).sharpe() * Math.sqrt(BARS_PER_YEAR), within(1e-9));
    }

    @Test
    void aStrongDriftSettlesTheSignOfTheSharpeRatio() {
        double[] rising = series(new SplittableRandom(3), 5_000, 0.002);
        double[] falling = series(new SplittableRandom(4), 5_000, -0.002);

        assertThat(LuckStatistics.bootstrap(rising, BootstrapSettings.defaults(5_000, BARS_PER_YEAR, 1))
                        .probabilityPositiveSharpe())
                .isEqualTo(1);
        assertThat(LuckStatistics.bootstrap(falling, BootstrapSettings.defaults(5_000, BARS_PER_YEAR, 1))
                        .probabilityPositiveSharpe())
                .isEqualTo(0);
    }

    @Test
    void withoutDriftTheSignIsACoinToss() {
        double[] returns = series(new SplittableRandom(5), 5_000, 0);
        ReturnMoments moments = ReturnMoments.of(returns);

        double positive = LuckStatistics.bootstrap(returns, BootstrapSettings.defaults(5_000, BARS_PER_YEAR, 1))
                .probabilityPositiveSharpe();

        // the bootstrap centres on the sample Sharpe ratio, so P(Sharpe > 0) ≈ Φ(SR·√T) of this sample
        double expected = NormalDistribution.of(0, 1).cumulativeProbability(moments.sharpe() * Math.sqrt(5_000));
        assertThat(positive).isCloseTo(expected, within(0.06));
    }

    @Test
    void pathStatisticsCompoundFromOneAndMeasureTheDeepestFall() {
        PathStatistics path = new PathStatistics();
        for (double r : new double[] {0.1, -0.5, 0.2}) {
            path.add(r);
        }

        // equity 1.1, 0.55, 0.66: total -0.34, deepest fall 0.55 / 1.1 - 1 = -0.5
        assertThat(path.totalReturn()).isCloseTo(-0.34, within(1e-12));
        assertThat(path.maxDrawdown()).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void quantilesInterpolateLikeNumpy() {
        // numpy.quantile([1, 2, 3, 4, 10], [0.05, 0.95]) = [1.2, 8.8]
        double[] sorted = {1, 2, 3, 4, 10};

        assertThat(StationaryBootstrap.quantile(sorted, 0.05)).isCloseTo(1.2, within(1e-12));
        assertThat(StationaryBootstrap.quantile(sorted, 0.95)).isCloseTo(8.8, within(1e-12));
    }

    @Test
    void blocksOfOneBarAreAnOrdinaryBootstrap() {
        double[] returns = series(new SplittableRandom(6), 500, 0.001);

        BootstrapIntervals intervals =
                LuckStatistics.bootstrap(returns, new BootstrapSettings(200, 1, 0.05, 0.95, 252, 3));

        assertThat(intervals.sharpe().contains(intervals.sharpe().sample())).isTrue();
    }

    @Test
    void rejectsShortFlatOrBrokenSeriesAndBadSettings() {
        BootstrapSettings settings = BootstrapSettings.defaults(100, 252, 1);
        assertThatThrownBy(() -> LuckStatistics.bootstrap(new double[] {0.01}, settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 returns");
        assertThatThrownBy(() -> LuckStatistics.bootstrap(new double[] {0, 0, 0}, settings))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero variance");
        assertThatThrownBy(() -> new BootstrapSettings(0, 10, 0.05, 0.95, 252, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resamples");
        assertThatThrownBy(() -> new BootstrapSettings(100, 0.5, 0.05, 0.95, 252, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meanBlockLength");
        assertThatThrownBy(() -> new BootstrapSettings(100, 10, 0.95, 0.05, 252, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lower, upper");
        assertThatThrownBy(() -> new BootstrapSettings(100, 10, 0.05, 0.95, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("barsPerYear");
    }

    private static double[] series(SplittableRandom random, int bars, double drift) {
        return OverfittingProbabilityTest.noise(random, 1, bars, drift)[0];
    }
}
