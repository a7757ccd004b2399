package com.maritimealphaflow.dashboard.pairs.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/** The rolling β at bar t is the OLS fit of log Y on log X over bars t − L + 1 .. t, and nothing else. */
class RollingHedgeTest {

    private static final int LOOKBACK = 20;

    private static PairBacktest.Result run(PairBars bars) {
        return PairBacktest.run(
                bars, new PairSettings(new Hedge.Rolling(LOOKBACK), 10, 1.5, 0, 3, 20, 0, 0, 1_000), 252);
    }

    @Test
    void betaAtEachBarIsTheLeastSquaresFitOfTheLastLookbackBarsIncludingItself() {
        PairBars bars = Pairs.random(new Random(3), 120);
        PairBacktest.Result result = run(bars);

        for (int t = 0; t < LOOKBACK - 1; t++) {
            assertThat(result.beta()[t]).isNaN();
            assertThat(result.spread()[t]).isNaN();
        }
        for (int t = LOOKBACK - 1; t < bars.size(); t++) {
            SimpleRegression ols = new SimpleRegression();
            for (int i = t - LOOKBACK + 1; i <= t; i++) {
                ols.addData(Math.log(bars.x().close()[i]), Math.log(bars.y().close()[i]));
            }
            assertThat(result.beta()[t]).isCloseTo(ols.getSlope(), within(1e-9));
            double spread = Math.log(bars.y().close()[t])
                    - ols.getSlope() * Math.log(bars.x().close()[t])
                    - ols.getIntercept();
            assertThat(result.spread()[t]).isCloseTo(spread, within(1e-9));
        }
        // the z window needs 10 spreads: from bar L − 1 + 9 on
        assertThat(result.z()[LOOKBACK + 7]).isNaN();
        assertThat(result.z()[LOOKBACK + 8]).isFinite();
    }

    @Test
    void betaAtABarMovesWithThatBarsCloseButNotWithBarsOutsideItsWindow() {
        Random random = new Random(11);
        PairBars bars = Pairs.random(random, 80);
        int t = 50;
        double before = run(bars).beta()[t];

        // every close outside t − L + 1 .. t changed: before the window and after t
        double[] closeY = bars.y().close().clone();
        double[] closeX = bars.x().close().clone();
        for (int i = 0; i < closeY.length; i++) {
            if (i < t - LOOKBACK + 1 || i > t) {
                closeY[i] *= 1 + 0.2 * random.nextDouble();
                closeX[i] *= 1 + 0.2 * random.nextDouble();
            }
        }
        PairBars outside = Pairs.of(bars.y().open(), closeY, bars.x().open(), closeX);
        assertThat(run(outside).beta()[t]).isEqualTo(before);

        // bar t's own close is known at t's close and is in the fit
        double[] closeAtT = bars.y().close().clone();
        closeAtT[t] *= 1.1;
        PairBars inside =
                Pairs.of(bars.y().open(), closeAtT, bars.x().open(), bars.x().close());
        assertThat(run(inside).beta()[t]).isNotEqualTo(before);
        assertThat(run(inside).beta()[t - 1]).isEqualTo(run(bars).beta()[t - 1]);
    }
}
