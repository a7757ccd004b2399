package com.maritimealphaflow.dashboard.pairs.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/** Evaluating only after a split, warmed up from before it; and walk-forward folds with chained equity. */
class HoldoutAndWalkForwardTest {

    private static final PairSettings SETTINGS =
            new PairSettings(new Hedge.Fixed(1.3, 0.2), 15, 1.0, 0.2, 3, 15, 5, 2, 100_000);

    @Test
    void holdoutStartsFlatAtTheSplitBarAndTradesOnlyAfterIt() {
        PairBars bars = Pairs.random(new Random(5), 200);
        int split = 79;
        PairBacktest.Result full = PairBacktest.run(bars, SETTINGS, 252);
        PairBacktest.Result holdout = PairBacktest.holdout(bars, SETTINGS, Pairs.closeTime(split), 252);

        assertThat(holdout.closeTimes()).hasSize(200 - split);
        assertThat(holdout.closeTimes()[0]).isEqualTo(Pairs.closeTime(split));
        assertThat(holdout.equity()[0]).isEqualTo(100_000);
        assertThat(holdout.position()[0]).isZero();
        assertThat(holdout.trades()).isNotEmpty();
        // the first fill possible is the open of the first bar after the split, which is the split bar's close
        assertThat(holdout.trades())
                .allSatisfy(trade -> assertThat(trade.entryTime()).isGreaterThanOrEqualTo(Pairs.openTime(split + 1)));
        // the z window at the first bars after the split reaches back into the bars before it: warmed up, so z is
        // defined from the split bar on and equals the full run's
        assertThat(holdout.z()).isEqualTo(Arrays.copyOfRange(full.z(), split, 200));
        assertThat(holdout.z()[0]).isFinite();
    }

    @Test
    void aSplitBetweenTwoClosesAnchorsAtTheEarlierOne() {
        PairBars bars = Pairs.random(new Random(6), 120);
        PairBacktest.Result atClose = PairBacktest.holdout(bars, SETTINGS, Pairs.closeTime(50), 252);
        PairBacktest.Result between = PairBacktest.holdout(bars, SETTINGS, Pairs.closeTime(50) + Pairs.DAY / 2, 252);

        assertThat(between.closeTimes()[0]).isEqualTo(Pairs.closeTime(50));
        assertThat(between.equity()).isEqualTo(atClose.equity());
    }

    @Test
    void holdoutRejectsASplitWithNoBarOnOneSide() {
        PairBars bars = Pairs.random(new Random(7), 50);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PairBacktest.holdout(bars, SETTINGS, Pairs.closeTime(0) - 1, 252))
                .withMessageContaining("before the first bar");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PairBacktest.holdout(bars, SETTINGS, Pairs.closeTime(49), 252))
                .withMessageContaining("no bar closes after the split");
    }

    @Test
    void walkForwardFitsEachFoldOnItsTrainingBarsAndChainsEquityAcrossTheTests() {
        PairBars bars = Pairs.random(new Random(8), 100);
        PairBacktest.WalkForward walk = PairBacktest.walkForward(bars, SETTINGS, 40, 20, 252);

        // folds train on 0..39, 20..59, 40..79 and test on 40..59, 60..79, 80..99
        List<PairBacktest.Fold> folds = walk.folds();
        assertThat(folds).hasSize(3);
        for (int k = 0; k < 3; k++) {
            int from = 20 * k;
            PairBacktest.Fold fold = folds.get(k);
            assertThat(fold.trainFrom()).isEqualTo(Pairs.closeTime(from));
            assertThat(fold.trainTo()).isEqualTo(Pairs.closeTime(from + 39));
            assertThat(fold.testTo()).isEqualTo(Pairs.closeTime(from + 59));
            SimpleRegression ols = new SimpleRegression();
            for (int i = from; i < from + 40; i++) {
                ols.addData(Math.log(bars.x().close()[i]), Math.log(bars.y().close()[i]));
            }
            assertThat(fold.hedge().beta()).isCloseTo(ols.getSlope(), within(1e-9));
            assertThat(fold.hedge().intercept()).isCloseTo(ols.getIntercept(), within(1e-9));
        }

        // one row per bar from the first anchor (bar 39) on, each fold as a holdout of its own slice whose capital
        // is the equity the previous fold ended with
        PairBacktest.Result chained = walk.result();
        assertThat(chained.closeTimes()).hasSize(61);
        assertThat(chained.closeTimes()[0]).isEqualTo(Pairs.closeTime(39));
        double capital = SETTINGS.initialCapital();
        int trades = 0;
        for (int k = 0; k < 3; k++) {
            int from = 20 * k;
            PairSettings fold = SETTINGS.withHedge(folds.get(k).hedge()).withInitialCapital(capital);
            PairBacktest.Result alone =
                    PairBacktest.holdout(bars.slice(from, from + 60), fold, Pairs.closeTime(from + 39), 252);
            double[] rows = Arrays.copyOfRange(chained.equity(), 20 * k, 20 * k + 21);
            assertThat(rows).isEqualTo(alone.equity());
            assertThat(Arrays.copyOfRange(chained.position(), 20 * k + 1, 20 * k + 21))
                    .isEqualTo(Arrays.copyOfRange(alone.position(), 1, 21));
            assertThat(Arrays.copyOfRange(chained.beta(), 20 * k + 1, 20 * k + 21))
                    .containsOnly(folds.get(k).hedge().beta());
            trades += alone.trades().size();
            capital = alone.equity()[20];
        }
        assertThat(chained.trades()).hasSize(trades);
        assertThat(chained.metrics().totalReturn()).isCloseTo(capital / 100_000 - 1, within(1e-12));
    }

    @Test
    void theLastFoldMayBeShorter() {
        PairBars bars = Pairs.random(new Random(9), 90);
        PairBacktest.WalkForward walk = PairBacktest.walkForward(bars, SETTINGS, 40, 20, 252);

        assertThat(walk.folds()).hasSize(3);
        assertThat(walk.folds().get(2).testTo()).isEqualTo(Pairs.closeTime(89));
        assertThat(walk.result().closeTimes()).hasSize(51);
    }

    @Test
    void walkForwardRejectsFoldsItCannotFill() {
        PairBars bars = Pairs.random(new Random(10), 60);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PairBacktest.walkForward(bars, SETTINGS, 10, 5, 252))
                .withMessageContaining("trainBars must be at least 3 and at least the z-score window (15)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PairBacktest.walkForward(bars, SETTINGS, 20, 0, 252))
                .withMessageContaining("testBars");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PairBacktest.walkForward(bars, SETTINGS, 60, 5, 252))
                .withMessageContaining("leaves no bar to test");
    }
}
