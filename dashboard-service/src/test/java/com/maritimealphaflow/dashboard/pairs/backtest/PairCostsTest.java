package com.maritimealphaflow.dashboard.pairs.backtest;

import static com.maritimealphaflow.dashboard.pairs.backtest.PairBacktestHandWorkedTest.CLOSE_X;
import static com.maritimealphaflow.dashboard.pairs.backtest.PairBacktestHandWorkedTest.CLOSE_Y;
import static com.maritimealphaflow.dashboard.pairs.backtest.PairBacktestHandWorkedTest.OPEN_X;
import static com.maritimealphaflow.dashboard.pairs.backtest.PairBacktestHandWorkedTest.OPEN_Y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fees and slippage on both legs, and the dollar-neutral sizing, on the hand-worked bars and on random ones. */
class PairCostsTest {

    private static final PairBars BARS = Pairs.of(OPEN_Y, CLOSE_Y, OPEN_X, CLOSE_X);

    private static PairSettings costs(double feeBps, double slippageBps) {
        return new PairSettings(new Hedge.Fixed(1, 0), 4, 1.2, 0.0, 2.0, 10, feeBps, slippageBps, 11_000);
    }

    private static PairTrade firstTrade(double feeBps, double slippageBps) {
        return PairBacktest.run(BARS, costs(feeBps, slippageBps), 252).trades().get(0);
    }

    @Test
    void withoutCostsTheFirstTradeEarnsBothLegsGrossMoves() {
        // −50 × (101 − 110) + 55 × (102 − 100) = 450 + 110
        assertThat(firstTrade(0, 0).pnl()).isCloseTo(560, within(1e-9));
        assertThat(firstTrade(0, 0).fees()).isZero();
    }

    @Test
    void feesTakeTheirBasisPointsOfBothLegsAtEntryAndExit() {
        // 10 bps of 5,500 + 5,500 at entry and of 50 × 101 + 55 × 102 = 10,660 at exit: 11 + 10.66
        assertThat(firstTrade(0, 0).pnl() - firstTrade(10, 0).pnl()).isCloseTo(21.66, within(1e-9));
        // 25 bps: 27.5 + 26.65
        assertThat(firstTrade(0, 0).pnl() - firstTrade(25, 0).pnl()).isCloseTo(54.15, within(1e-9));
    }

    @Test
    void slippageMovesEveryFillOfBothLegsAgainstTheTrader() {
        PairTrade trade = firstTrade(0, 10);
        // short the spread: sell Y at 110 × 0.999 = 109.89, buy X at 100 × 1.001 = 100.1;
        // back out: buy Y at 101 × 1.001 = 101.101, sell X at 102 × 0.999 = 101.898
        assertThat(trade.entryPriceY()).isCloseTo(109.89, within(1e-9));
        assertThat(trade.entryPriceX()).isCloseTo(100.1, within(1e-9));
        assertThat(trade.exitPriceY()).isCloseTo(101.101, within(1e-9));
        assertThat(trade.exitPriceX()).isCloseTo(101.898, within(1e-9));
        // 5,500 at each fill: 50.050050 Y and 54.945055 X;
        // 50.050050 × (109.89 − 101.101) + 54.945055 × (101.898 − 100.1) = 439.8899 + 98.7912 = 538.6811
        double units = 5_500 / 109.89;
        double hedge = 5_500 / 100.1;
        double pnl = units * (109.89 - 101.101) + hedge * (101.898 - 100.1);
        assertThat(trade.pnl()).isCloseTo(pnl, within(1e-9));
        assertThat(firstTrade(0, 0).pnl() - trade.pnl()).isCloseTo(560 - 538.6811, within(1e-4));

        // both together: the slipped trade less 10 bps of each leg's notional at its fills
        double fees = 0.001 * (5_500 + 5_500) + 0.001 * (units * 101.101 + hedge * 101.898);
        assertThat(firstTrade(10, 10).pnl()).isCloseTo(pnl - fees, within(1e-9));
        assertThat(firstTrade(10, 10).fees()).isCloseTo(fees, within(1e-9));
    }

    @Test
    void eachEntryIsDollarNeutralWithHalfTheEquityInEachLeg() {
        Random random = new Random(7);
        int checked = 0;
        for (int run = 0; run < 10; run++) {
            PairBars bars = Pairs.random(random, 200);
            PairSettings settings = new PairSettings(new Hedge.Rolling(30), 20, 1.5, 0.3, 4, 15, 5, 3, 50_000);
            PairBacktest.Result result = PairBacktest.run(bars, settings, 252);
            for (PairTrade trade : result.trades()) {
                int entryBar = (int) ((trade.entryTime() - Pairs.START) / Pairs.DAY);
                // flat before the entry, so the equity at the previous close is all cash
                double equity = result.equity()[entryBar - 1];
                double notionalY = trade.quantityY() * trade.entryPriceY();
                double notionalX = trade.quantityX() * trade.entryPriceX();
                assertThat(notionalY + notionalX).isCloseTo(0, within(1e-9));
                assertThat(Math.abs(notionalY)).isCloseTo(equity / 2, within(1e-9));
                assertThat(Math.signum(trade.quantityY())).isEqualTo(trade.side());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }
}
