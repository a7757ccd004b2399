package com.maritimealphaflow.model.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendStepTest {

    private static final long W = TickWindows.LENGTH_MILLIS;

    @Test
    void computesBothEmasFromZeroAndCallsTheFirstWindowABullishBreakout() {
        TrendStep first = TrendStep.apply(TrendState.INITIAL, close(1, 10.0));
        // 10 · 2/39 and 10 · 2/101, by hand
        assertThat(first.window().ema38()).isCloseTo(0.512820512820513, within(1e-15));
        assertThat(first.window().ema100()).isCloseTo(0.198019801980198, within(1e-15));
        assertThat(first.breakout().kind()).isEqualTo(BreakoutKind.BULLISH);

        TrendStep second = TrendStep.apply(first.state(), close(2, 20.0));
        // 20 · 2/39 + 0.5128205… · 37/39 = 1.5121630506…; 20 · 2/101 + 0.1980198… · 99/101 = 0.5901382217…
        assertThat(second.window().ema38()).isCloseTo(1.025641025641026 + 0.512820512820513 * 37 / 39, within(1e-12));
        assertThat(second.window().ema38()).isCloseTo(1.51216305062459, within(1e-12));
        assertThat(second.window().ema100()).isCloseTo(0.590138221742966, within(1e-12));
        assertThat(second.breakout()).isNull();
        assertThat(second.state().windows()).isEqualTo(2);
    }

    @Test
    void aFallingPriceCrossesEma38BelowEma100OnceThenAReboundCrossesBack() {
        TrendState state = TrendState.INITIAL;
        List<Breakout> breakouts = new ArrayList<>();
        long window = 1;
        for (int i = 0; i < 300; i++) {
            state = step(state, close(window++, 100.0), breakouts);
        }
        for (int i = 0; i < 30; i++) {
            state = step(state, close(window++, 50.0), breakouts);
        }
        for (int i = 0; i < 60; i++) {
            state = step(state, close(window++, 150.0), breakouts);
        }
        assertThat(breakouts)
                .extracting(Breakout::kind)
                .containsExactly(BreakoutKind.BULLISH, BreakoutKind.BEARISH, BreakoutKind.BULLISH);
        assertThat(breakouts.get(1).windowEnd()).isEqualTo(301 * W);
        Breakout bearish = breakouts.get(1);
        assertThat(bearish.ema38()).isLessThan(bearish.ema100());
    }

    @Test
    void equalEmasAreNotACrossingUntilTheyPart() {
        TrendState equal = new TrendState(5, 5, W, 3);
        TrendState above = new TrendState(6, 5, 2 * W, 4);
        TrendState stillEqual = new TrendState(5, 5, 2 * W, 4);
        assertThat(equal.crossing(stillEqual)).isNull();
        assertThat(equal.crossing(above)).isEqualTo(BreakoutKind.BULLISH);
        assertThat(above.crossing(new TrendState(4, 5, 3 * W, 5))).isEqualTo(BreakoutKind.BEARISH);
        assertThat(above.crossing(new TrendState(5, 5, 3 * W, 5))).isNull();
    }

    @Test
    void refusesAWindowThatIsNotAfterTheLastOne() {
        TrendState state = TrendStep.apply(TrendState.INITIAL, close(3, 1)).state();
        assertThatThrownBy(() -> state.next(close(3, 2))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state.next(close(2, 2))).isInstanceOf(IllegalArgumentException.class);
    }

    private static TrendState step(TrendState state, WindowClose close, List<Breakout> breakouts) {
        TrendStep step = TrendStep.apply(state, close);
        if (step.breakout() != null) {
            breakouts.add(step.breakout());
        }
        return step.state();
    }

    private static WindowClose close(long window, double price) {
        return new WindowClose("A.FR", "E", window * W, price, window * W - 1);
    }
}
