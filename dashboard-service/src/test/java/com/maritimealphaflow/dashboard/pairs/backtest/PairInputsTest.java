package com.maritimealphaflow.dashboard.pairs.backtest;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bad bars and settings are refused with a message that names the problem. */
class PairInputsTest {

    private static final Duration DAY = Duration.ofDays(1);

    private static PriceBars bars(long[] times, double... close) {
        return new PriceBars(times, close.clone(), close, DAY);
    }

    private static PairSettings settings(double entry, double exit, double stop) {
        return new PairSettings(new Hedge.Fixed(1, 0), 10, entry, exit, stop, 5, 1, 1, 1_000);
    }

    @Test
    void rejectsLegsOfDifferentLengths() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairBars(bars(new long[] {1, 2, 3}, 1, 2, 3), bars(new long[] {1, 2}, 1, 2)))
                .withMessage("the legs differ in length: y has 3 bars, x has 2");
    }

    @Test
    void rejectsLegsClosingAtDifferentTimes() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> new PairBars(bars(new long[] {1, 2, 3}, 1, 2, 3), bars(new long[] {1, 2, 4}, 1, 2, 3)))
                .withMessage("the legs are not aligned: bar 2 closes at 3 for y but 4 for x");
    }

    @Test
    void rejectsCloseTimesThatDoNotIncrease() {
        long[] times = {1, 3, 3};
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairBars(bars(times, 1, 2, 3), bars(times, 1, 2, 3)))
                .withMessage("close times must increase: bar 2 closes at 3, not after bar 1 at 3");
    }

    @Test
    void rejectsPricesThatAreNotPositiveAndFinite() {
        long[] times = {1, 2, 3};
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairBars(bars(times, 1, 0, 3), bars(times, 1, 2, 3)))
                .withMessage("y open prices must be finite and positive: bar 1 has 0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairBars(bars(times, 1, 2, 3), bars(times, 1, Double.NaN, 3)))
                .withMessage("x open prices must be finite and positive: bar 1 has NaN");
        PriceBars negativeClose = new PriceBars(times, new double[] {1, 2, 3}, new double[] {1, 2, -3}, DAY);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairBars(bars(times, 1, 2, 3), negativeClose))
                .withMessage("x close prices must be finite and positive: bar 2 has -3.0");
    }

    @Test
    void rejectsTooFewBarsAndMismatchedIntervals() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairBars(bars(new long[] {1}, 1), bars(new long[] {1}, 1)))
                .withMessage("need at least two bars, got 1");
        long[] times = {1, 2};
        PriceBars hourly = new PriceBars(times, new double[] {1, 2}, new double[] {1, 2}, Duration.ofHours(1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairBars(bars(times, 1, 2), hourly))
                .withMessage("the legs need one bar interval, got PT24H for y and PT1H for x");
    }

    @Test
    void rejectsThresholdsOutOfOrder() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(0, 0, 3))
                .withMessage("entryZ must be finite and positive, got 0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(2, 2, 3))
                .withMessage("exitZ must be at least 0 and below entryZ (2.0), got 2.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(2, -0.5, 3))
                .withMessage("exitZ must be at least 0 and below entryZ (2.0), got -0.5");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings(2, 0.5, 2))
                .withMessage("stopZ must be above entryZ (2.0), got 2.0");
    }

    @Test
    void rejectsWindowsHoldingCostsAndCapitalOutOfRange() {
        Hedge hedge = new Hedge.Fixed(1, 0);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairSettings(hedge, 1, 2, 0, 3, 5, 1, 1, 1_000))
                .withMessage("the z-score window must be at least 2 bars, got 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairSettings(hedge, 10, 2, 0, 3, 0, 1, 1, 1_000))
                .withMessage("maxHoldingBars must be at least 1, got 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairSettings(hedge, 10, 2, 0, 3, 5, -1, 1, 1_000))
                .withMessage("feeBps must be finite and non-negative, got -1.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairSettings(hedge, 10, 2, 0, 3, 5, 1, 10_000, 1_000))
                .withMessage("slippageBps must be in [0, 10000), got 10000.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairSettings(hedge, 10, 2, 0, 3, 5, 1, 1, 0))
                .withMessage("initialCapital must be finite and positive, got 0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PairSettings(null, 10, 2, 0, 3, 5, 1, 1, 1_000))
                .withMessage("a hedge (fixed or rolling) is required");
    }

    @Test
    void rejectsHedgesThatCannotBeUsed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Hedge.Rolling(2))
                .withMessage("the rolling hedge lookback must be at least 3 bars, got 2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Hedge.Fixed(Double.NaN, 0))
                .withMessage("a fixed hedge needs a finite beta and intercept, got NaN, 0.0");
    }

    @Test
    void rejectsBarsPerYearThatCannotAnnualise() {
        long[] times = {1, 2, 3};
        PairBars pair = new PairBars(bars(times, 1, 2, 3), bars(times, 1, 2, 3));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PairBacktest.run(pair, settings(2, 0, 3), 0))
                .withMessage("barsPerYear must be finite and positive, got 0.0");
    }
}
