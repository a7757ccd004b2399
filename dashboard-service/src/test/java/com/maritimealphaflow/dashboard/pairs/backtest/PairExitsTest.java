package com.maritimealphaflow.dashboard.pairs.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stops and the holding limit, on spreads written directly: X stays at 100 and Y = 100·e^s, so with β = 1 the spread
 * is s. Ten bars of ±0.01 noise come first, so that a 10-bar z-score exists from bar 9 on.
 */
class PairExitsTest {

    private static PairBars spreads(double... tail) {
        double[] closeY = new double[10 + tail.length];
        double[] closeX = new double[closeY.length];
        for (int i = 0; i < closeY.length; i++) {
            double s = i < 10 ? 0.01 * (i % 2 == 0 ? 1 : -1) : tail[i - 10];
            closeY[i] = 100 * Math.exp(s);
            closeX[i] = 100;
        }
        return Pairs.ofCloses(closeY, closeX);
    }

    private static PairSettings settings(double entry, double stop, int maxHolding) {
        return new PairSettings(new Hedge.Fixed(1, 0), 10, entry, 0, stop, maxHolding, 0, 0, 10_000);
    }

    @Test
    void stopsOutAShortWhenTheSpreadRunsFurtherAgainstIt() {
        // z: bar 10 (s = .05) 2.424 → short from bar 11; bar 11 (s = .15) 2.641 ≥ 2.6 → stopped at bar 12's open
        PairBacktest.Result result = PairBacktest.run(spreads(0.05, 0.15, 0.16), settings(2.0, 2.6, 100), 252);

        assertThat(result.z()[10]).isBetween(2.4, 2.45);
        assertThat(result.z()[11]).isBetween(2.6, 2.7);
        assertThat(result.trades()).hasSize(1);
        PairTrade trade = result.trades().get(0);
        assertThat(trade.side()).isEqualTo(-1);
        assertThat(trade.exitReason()).isEqualTo(PairTrade.ExitReason.STOP);
        assertThat(trade.entryTime()).isEqualTo(Pairs.openTime(11));
        assertThat(trade.exitTime()).isEqualTo(Pairs.openTime(12));
        assertThat(trade.barsHeld()).isEqualTo(1);
        // short the spread, and it widened: a loss
        assertThat(trade.pnl()).isNegative();
        assertThat(result.position()[12]).isZero();
    }

    @Test
    void stopsOutALongWhenTheSpreadFallsFurther() {
        PairBacktest.Result result = PairBacktest.run(spreads(-0.05, -0.15, -0.16), settings(2.0, 2.6, 100), 252);

        assertThat(result.trades())
                .extracting(PairTrade::side, PairTrade::exitReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, PairTrade.ExitReason.STOP));
    }

    @Test
    void neverEntersWhereZIsAlreadyPastTheStop() {
        // the same path, but a stop at 2.3: bar 10's 2.424 is past it, bar 12's 1.898 is below the entry
        PairBacktest.Result result = PairBacktest.run(spreads(0.05, 0.15, 0.16), settings(2.0, 2.3, 100), 252);

        assertThat(result.trades()).isEmpty();
        assertThat(result.position()).containsOnly(0);
        assertThat(result.equity()).containsOnly(10_000.0);
    }

    @Test
    void leavesAfterTheMaximumHoldingPeriodWhateverZSays() {
        // a steady climb keeps z between 1.46 and 2.07: short from bar 11, held at the closes of bars 11, 12, 13,
        // out at bar 14's open after 3 bars; z is still above the entry, so it goes short again from bar 15
        double[] climb = new double[9];
        for (int k = 0; k < climb.length; k++) {
            climb[k] = 0.02 * (k + 1);
        }
        PairBacktest.Result result = PairBacktest.run(spreads(climb), settings(1.5, 3, 3), 252);

        List<PairTrade> trades = result.trades();
        assertThat(trades.get(0).exitReason()).isEqualTo(PairTrade.ExitReason.TIME);
        assertThat(trades.get(0).entryTime()).isEqualTo(Pairs.openTime(11));
        assertThat(trades.get(0).exitTime()).isEqualTo(Pairs.openTime(14));
        assertThat(trades.get(0).barsHeld()).isEqualTo(3);
        assertThat(trades.get(1).entryTime()).isEqualTo(Pairs.openTime(15));
        assertThat(result.position()).containsSequence(0, -1, -1, -1, 0, -1);
    }

    @Test
    void withoutATimeLimitTheSameClimbIsHeldToTheEnd() {
        double[] climb = new double[9];
        for (int k = 0; k < climb.length; k++) {
            climb[k] = 0.02 * (k + 1);
        }
        PairBacktest.Result result = PairBacktest.run(spreads(climb), settings(1.5, 3, Integer.MAX_VALUE), 252);

        assertThat(result.trades()).singleElement().satisfies(trade -> {
            assertThat(trade.exitReason()).isEqualTo(PairTrade.ExitReason.END);
            assertThat(trade.exitTime()).isEqualTo(Pairs.closeTime(18));
            assertThat(trade.barsHeld()).isEqualTo(8);
        });
    }
}
