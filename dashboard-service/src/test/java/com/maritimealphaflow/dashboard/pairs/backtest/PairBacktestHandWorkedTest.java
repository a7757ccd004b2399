package com.maritimealphaflow.dashboard.pairs.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Twelve daily bars worked through by hand. β = 1 and α = 0, so the spread is ln(Y / X); z over 4 bars with the
 * current one included, sample deviation; enter at |z| ≥ 1.2, exit when z is back to 0, fees 10 bps, no slippage,
 * capital 11,000.
 *
 * <pre>
 * bar      0    1    2    3    4    5    6    7    8    9   10   11
 * open Y 100  100  101   99  100  110  112  101  102  103  103   92
 * close Y100  101   99  100  110  112  102  102  103  103   92   95
 * open X 100  100  100  100  100  100  100  102  102  103  103  100
 * close X100  100  100  100  100  100  100  102  103  103  100  100
 * spread   0 .00995 −.01005 0 .09531 .11333 .01980 0   0    0 −.08338 −.05129
 * </pre>
 */
class PairBacktestHandWorkedTest {

    static final double[] OPEN_Y = {100, 100, 101, 99, 100, 110, 112, 101, 102, 103, 103, 92};
    static final double[] CLOSE_Y = {100, 101, 99, 100, 110, 112, 102, 102, 103, 103, 92, 95};
    static final double[] OPEN_X = {100, 100, 100, 100, 100, 100, 100, 102, 102, 103, 103, 100};
    static final double[] CLOSE_X = {100, 100, 100, 100, 100, 100, 100, 102, 103, 103, 100, 100};

    static final PairSettings SETTINGS = new PairSettings(new Hedge.Fixed(1, 0), 4, 1.2, 0.0, 2.0, 10, 10, 0, 11_000);

    private final PairBacktest.Result result =
            PairBacktest.run(Pairs.of(OPEN_Y, CLOSE_Y, OPEN_X, CLOSE_X), SETTINGS, 252);

    @Test
    void zScoresUseTheLastFourSpreadsIncludingTheCurrentOne() {
        double[] z = result.z();
        // fewer than 4 spreads before bar 3
        assertThat(z[0]).isNaN();
        assertThat(z[2]).isNaN();
        // bar 4: window .00995, −.01005, 0, .09531; mean .02380; deviations −.01385 −.03385 −.02380 .07151,
        // squares sum to .0070181, / 3 = .0023394, sd .048367; z = .07151 / .048367 = 1.4785
        assertThat(z[4]).isCloseTo(1.4785, within(1e-4));
        // bar 5: window −.01005, 0, .09531, .11333; mean .04965, sd .06369; z = .06368 / .06369 = 0.9999
        assertThat(z[5]).isCloseTo(0.9999, within(1e-4));
        // bar 6: window 0, .09531, .11333, .01980; mean .05711, sd .05560; z = −.03731 / .05560 = −0.6710
        assertThat(z[6]).isCloseTo(-0.6710, within(1e-4));
        // bar 9: window .01980, 0, 0, 0; mean .00495, deviations .01485 and three of −.00495, squares sum to
        // .000294, / 3 = .000098, sd .00990; z = −.00495 / .00990 = −0.5 exactly (in four values of which three
        // are equal, each of the three is always 1 / √4 deviations from the mean)
        assertThat(z[9]).isCloseTo(-0.5, within(1e-12));
        // bar 10: window 0, 0, 0, ln .92: the odd one out of four is always (4 − 1) / √4 = 1.5 deviations away
        assertThat(z[10]).isCloseTo(-1.5, within(1e-12));
        assertThat(result.beta()).containsOnly(1.0);
        assertThat(result.spread()[4]).isCloseTo(Math.log(1.1), within(1e-15));
    }

    @Test
    void shortsTheSpreadAtTheOpenAfterTheSignalAndBuysItBackWhenZCrossesZero() {
        // z ≥ 1.2 first at bar 4's close → short from bar 5's open; z ≤ 0 at bar 6's close → out at bar 7's open;
        // z ≤ −1.2 at bar 10's close → long from bar 11's open, closed at bar 11's close as the data ends
        assertThat(result.position()).containsExactly(0, 0, 0, 0, 0, -1, -1, 0, 0, 0, 0, 1);
        assertThat(result.trades()).hasSize(2);

        PairTrade first = result.trades().get(0);
        assertThat(first.side()).isEqualTo(-1);
        assertThat(first.entryTime()).isEqualTo(Pairs.openTime(5));
        assertThat(first.exitTime()).isEqualTo(Pairs.openTime(7));
        // half of 11,000 per leg: sell 5,500 / 110 = 50 Y, buy 5,500 / 100 = 55 X
        assertThat(first.entryPriceY()).isEqualTo(110);
        assertThat(first.entryPriceX()).isEqualTo(100);
        assertThat(first.quantityY()).isCloseTo(-50, within(1e-9));
        assertThat(first.quantityX()).isCloseTo(55, within(1e-9));
        assertThat(first.exitPriceY()).isEqualTo(101);
        assertThat(first.exitPriceX()).isEqualTo(102);
        // fees: entry 0.001 × (5,500 + 5,500) = 11; exit 0.001 × (50 × 101 + 55 × 102) = 0.001 × 10,660 = 10.66
        assertThat(first.fees()).isCloseTo(21.66, within(1e-9));
        // Y leg −50 × (101 − 110) = 450, X leg 55 × (102 − 100) = 110; 560 − 21.66 = 538.34
        assertThat(first.pnl()).isCloseTo(538.34, within(1e-9));
        assertThat(first.returnPct()).isCloseTo(538.34 / 11_000, within(1e-12));
        assertThat(first.barsHeld()).isEqualTo(2);
        assertThat(first.exitReason()).isEqualTo(PairTrade.ExitReason.EXIT);

        PairTrade second = result.trades().get(1);
        assertThat(second.side()).isEqualTo(1);
        assertThat(second.entryTime()).isEqualTo(Pairs.openTime(11));
        assertThat(second.exitTime()).isEqualTo(Pairs.closeTime(11));
        // equity 11,538.34, half is 5,769.17: buy 5,769.17 / 92 = 62.708370 Y, sell 5,769.17 / 100 = 57.6917 X
        assertThat(second.quantityY()).isCloseTo(5_769.17 / 92, within(1e-9));
        assertThat(second.quantityX()).isCloseTo(-57.6917, within(1e-9));
        // fees: entry 0.001 × 11,538.34 = 11.53834; exit at the closes 0.001 × (62.708370 × 95 + 57.6917 × 100)
        // = 0.001 × (5,957.2951 + 5,769.17) = 11.7264651
        double exitFees = 0.001 * (5_769.17 / 92 * 95 + 5_769.17);
        assertThat(second.fees()).isCloseTo(11.53834 + exitFees, within(1e-9));
        // Y leg 62.708370 × (95 − 92) = 188.12511, X leg flat at 100: 188.12511 − 23.2648 = 164.8603
        assertThat(second.pnl()).isCloseTo(5_769.17 / 92 * 3 - 11.53834 - exitFees, within(1e-9));
        assertThat(second.pnl()).isCloseTo(164.8603, within(1e-4));
        assertThat(second.barsHeld()).isEqualTo(1);
        assertThat(second.exitReason()).isEqualTo(PairTrade.ExitReason.END);
    }

    @Test
    void equityIsMarkedAtEachCloseAndTheLastPositionIsClosedWithCosts() {
        double finalEquity = 11_538.34 + 5_769.17 / 92 * 3 - 11.53834 - 0.001 * (5_769.17 / 92 * 95 + 5_769.17);
        // bar 5: cash 11,000 + 50 × 110 − 55 × 100 − 11 = 10,989, marked −50 × 112 + 55 × 100 = −100 → 10,889
        // bar 6: 10,989 − 50 × 102 + 55 × 100 = 11,389; bar 7 on: 11,538.34 realised
        assertThat(result.equity())
                .containsExactly(
                        new double[] {
                            11_000,
                            11_000,
                            11_000,
                            11_000,
                            11_000,
                            10_889,
                            11_389,
                            11_538.34,
                            11_538.34,
                            11_538.34,
                            11_538.34,
                            finalEquity
                        },
                        within(1e-9));
        assertThat(finalEquity).isCloseTo(11_703.2003, within(1e-4));
        // 10,889 is 111 under the 11,000 peak: −111 / 11,000 = −1.00909%
        assertThat(result.drawdown()[5]).isCloseTo(-111.0 / 11_000, within(1e-12));
        assertThat(result.drawdown()[6]).isZero();

        PairMetrics metrics = result.metrics();
        assertThat(metrics.totalReturn()).isCloseTo(finalEquity / 11_000 - 1, within(1e-12));
        assertThat(metrics.trades()).isEqualTo(2);
        assertThat(metrics.winRate()).isEqualTo(1.0);
        assertThat(metrics.profitFactor()).isNull();
        assertThat(metrics.maxDrawdown()).isCloseTo(-111.0 / 11_000, within(1e-12));
        assertThat(metrics.maxDrawdownDurationBars()).isEqualTo(1);
        assertThat(metrics.exposure()).isCloseTo(3.0 / 12, within(1e-12));
        assertThat(metrics.averageBarsHeld()).isEqualTo(1.5);
        assertThat(metrics.feesPaid()).isCloseTo(11 + 10.66 + 11.53834 + 11.7264651, within(1e-6));
        // twelve days are too short to compound to a year
        assertThat(metrics.annualisedReturn()).isNull();
        assertThat(metrics.annualisedOmitted()).contains("12 days");
        assertThat(metrics.sharpe()).isNotNull();
    }
}
