package com.maritimealphaflow.dashboard.backtest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulation against series worked through by hand; each expected value is the arithmetic written out. */
class BacktestEngineTest {

    private static final long HOUR = Duration.ofHours(1).toMillis();
    // hourly bars around the clock
    private static final double BARS_PER_YEAR = 365 * 24;
    private static final double[] OPEN = {100, 100, 100, 100, 110, 120, 90};
    private static final double[] CLOSE = {100, 100, 100, 105, 115, 118, 95};
    // SMA2 vs SMA3: equal at bar 2 (no signal), above at 3 and 4 (long), below at 5 and 6
    private static final double[] COUNTS = {10, 10, 10, 20, 20, 5, 5};

    static PriceBars bars(double[] open, double[] close) {
        long[] closes = new long[open.length];
        for (int i = 0; i < closes.length; i++) {
            closes[i] = (i + 1) * HOUR;
        }
        return new PriceBars(closes, open, close, Duration.ofHours(1));
    }

    @Test
    void buysAtTheNextOpenAfterTheCrossAndSellsAtTheOpenAfterItReverses() {
        Strategy strategy = new Strategy(2, 3, false, 0.001, 0, 100_000);

        BacktestEngine.Outcome outcome = BacktestEngine.run(bars(OPEN, CLOSE), COUNTS, strategy, BARS_PER_YEAR);

        // signal at the close of bar 3, so the buy fills at bar 4's open (110), not bar 3's close (105)
        double units = 100_000 / (110 * 1.001);
        double entryFee = units * 110 * 0.001;
        double exitFee = units * 90 * 0.001;
        double[] expected = {100_000, 100_000, 100_000, 100_000, units * 115, units * 118, units * 90 - exitFee};
        assertThat(outcome.equity()).containsExactly(expected, within(1e-6));
        assertThat(outcome.trades()).hasSize(1);
        Trade trade = outcome.trades().get(0);
        assertThat(trade.direction()).isEqualTo(1);
        assertThat(trade.entryTime()).isEqualTo(4 * HOUR);
        assertThat(trade.entryPrice()).isEqualTo(110);
        assertThat(trade.exitTime()).isEqualTo(6 * HOUR);
        assertThat(trade.exitPrice()).isEqualTo(90);
        assertThat(trade.pnl()).isCloseTo(units * (90 - 110) - entryFee - exitFee, within(1e-6));
        assertThat(trade.pnl()).isCloseTo(expected[6] - 100_000, within(1e-6));
        assertThat(trade.open()).isFalse();

        Metrics metrics = outcome.metrics();
        assertThat(metrics.feesPaid()).isCloseTo(entryFee + exitFee, within(1e-9));
        assertThat(metrics.totalReturn()).isCloseTo(expected[6] / 100_000 - 1, within(1e-12));
        assertThat(metrics.buyAndHoldReturn()).isCloseTo(95.0 / 100 - 1, within(1e-12));
        assertThat(metrics.trades()).isEqualTo(1);
        assertThat(metrics.winRate()).isEqualTo(0.0);
        assertThat(metrics.profitFactor()).isEqualTo(0.0);
        // held during bars 4 and 5 of 7
        assertThat(metrics.exposure()).isCloseTo(2.0 / 7, within(1e-12));
        // peak at bar 5, the fall to bar 6 is the only drawdown
        assertThat(metrics.maxDrawdown()).isCloseTo(expected[6] / expected[5] - 1, within(1e-12));
        assertThat(metrics.maxDrawdownDurationBars()).isEqualTo(1);
        assertThat(metrics.maxDrawdownDurationMillis()).isEqualTo(HOUR);
    }

    @Test
    void buyAndHoldWithCostsBuysAtTheSecondOpenPayingOneFeeAndTheSlippage() {
        Strategy strategy = new Strategy(2, 3, false, 0.001, 0.01, 100_000);

        BacktestEngine.Outcome outcome = BacktestEngine.run(bars(OPEN, CLOSE), COUNTS, strategy, BARS_PER_YEAR);

        // bar 1 opens at 100: slippage fills at 101, and the fee of 0.1% of the notional comes out of the cash
        double units = 100_000 / (101 * 1.001);
        assertThat(units).isCloseTo(989.11, within(0.01));
        double[] expected = {100_000, units * 100, units * 100, units * 105, units * 115, units * 118, units * 95};
        assertThat(outcome.buyAndHoldWithCosts()).containsExactly(expected, within(1e-6));
        assertThat(outcome.metrics().buyAndHoldWithCostsReturn()).isCloseTo(units * 95 / 100_000 - 1, within(1e-12));
        // without costs: held from the first close, 100 to 95
        assertThat(outcome.buyAndHold()[6]).isCloseTo(95_000, within(1e-9));
        assertThat(outcome.metrics().buyAndHoldReturn()).isCloseTo(-0.05, within(1e-12));
    }

    @Test
    void slippageWorsensBothFills() {
        Strategy strategy = new Strategy(2, 3, false, 0, 0.01, 100_000);

        BacktestEngine.Outcome outcome = BacktestEngine.run(bars(OPEN, CLOSE), COUNTS, strategy, BARS_PER_YEAR);

        Trade trade = outcome.trades().get(0);
        assertThat(trade.entryPrice()).isCloseTo(111.1, within(1e-9));
        assertThat(trade.exitPrice()).isCloseTo(89.1, within(1e-9));
        assertThat(outcome.equity()[6]).isCloseTo(100_000 / 111.1 * 89.1, within(1e-6));
    }

    @Test
    void longShortReversesAtTheNextOpenAndProfitsFromTheFall() {
        double[] open = {100, 100, 100, 100, 110, 120, 90, 80};
        double[] close = {100, 100, 100, 105, 115, 118, 95, 85};
        double[] counts = {10, 10, 10, 20, 20, 5, 5, 5};
        Strategy strategy = new Strategy(2, 3, true, 0.001, 0, 100_000);

        BacktestEngine.Outcome outcome = BacktestEngine.run(bars(open, close), counts, strategy, BARS_PER_YEAR);

        double longUnits = 100_000 / (110 * 1.001);
        double afterLong = longUnits * 90 * 0.999;
        double shortUnits = afterLong / (90 * 1.001);
        // short from bar 6's open: cash holds the proceeds, the position owes shortUnits at each close
        double cash = afterLong + shortUnits * 90 * 0.999;
        assertThat(outcome.equity()[6]).isCloseTo(cash - shortUnits * 95, within(1e-6));
        assertThat(outcome.equity()[7]).isCloseTo(cash - shortUnits * 85, within(1e-6));
        assertThat(outcome.trades()).hasSize(2);
        Trade shortTrade = outcome.trades().get(1);
        assertThat(shortTrade.direction()).isEqualTo(-1);
        assertThat(shortTrade.entryTime()).isEqualTo(6 * HOUR);
        assertThat(shortTrade.open()).isTrue();
        assertThat(shortTrade.pnl()).isCloseTo(shortUnits * (90 - 85) - shortUnits * 90 * 0.001, within(1e-6));
        assertThat(outcome.metrics().exposure()).isCloseTo(4.0 / 8, within(1e-12));
    }

    @Test
    void noTradeBeforeTheSlowAverageExists() {
        double[] open = {100, 100, 100, 100, 100, 100};
        double[] close = {100, 100, 100, 100, 100, 100};
        // counts start at bar 2; the fast average is above the slow from the first moment both could exist
        double[] counts = {Double.NaN, Double.NaN, 1, 2, 3, 4};
        Strategy strategy = new Strategy(2, 3, false, 0, 0, 1_000);

        BacktestEngine.Outcome outcome = BacktestEngine.run(bars(open, close), counts, strategy, BARS_PER_YEAR);

        // the slow SMA first exists at bar 4's close (counts 2..4), so the only entry is bar 5's open
        assertThat(outcome.trades()).extracting(Trade::entryTime).isEqualTo(List.of(5 * HOUR));
    }
}
