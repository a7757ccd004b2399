package com.maritimealphaflow.dashboard.pairs.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing at or before bar k may depend on a price after it: replacing every bar after k with a different path must
 * leave the signals, equity and trades up to k as they were, and the position up to k + 1 (the decision taken at k's
 * close). Many random pairs, several k, both hedge modes and the holdout.
 */
class PairLookAheadTest {

    private static final int BARS = 160;
    private static final int[] CUTS = {25, 40, 70, 100, 130, 158};

    static Stream<Arguments> hedges() {
        return Stream.of(
                Arguments.of(new Hedge.Fixed(1.3, 0.2)),
                Arguments.of(new Hedge.Rolling(3)),
                Arguments.of(new Hedge.Rolling(30)));
    }

    private static PairSettings settings(Hedge hedge) {
        return new PairSettings(hedge, 15, 1.2, 0.2, 2.6, 12, 5, 2, 100_000);
    }

    /** The same bars up to {@code k}, a fresh random path after it (opens of later bars included). */
    private static PairBars changedAfter(PairBars bars, int k, Random random) {
        double[][] legs = Pairs.randomLegs(random, bars.size(), k + 1);
        double[][] original = {
            bars.y().open(), bars.y().close(), bars.x().open(), bars.x().close()
        };
        for (int leg = 0; leg < 4; leg++) {
            System.arraycopy(original[leg], 0, legs[leg], 0, k + 1);
        }
        return Pairs.of(legs[0], legs[1], legs[2], legs[3]);
    }

    @ParameterizedTest
    @MethodSource("hedges")
    void pricesAfterABarChangeNothingUpToIt(Hedge hedge) {
        Random random = new Random(20261206L);
        int trades = 0;
        int changedLater = 0;
        for (int series = 0; series < 8; series++) {
            PairBars bars = Pairs.random(random, BARS);
            PairBacktest.Result base = PairBacktest.run(bars, settings(hedge), 252);
            trades += base.trades().size();
            for (int k : CUTS) {
                PairBacktest.Result changed = PairBacktest.run(changedAfter(bars, k, random), settings(hedge), 252);
                assertSameUpTo(base, changed, k, 0);
                if (!Arrays.equals(base.equity(), changed.equity())) {
                    changedLater++;
                }
            }
        }
        // the property is only worth something if there were trades to disturb, and the later bars mattered
        assertThat(trades).isGreaterThan(20);
        assertThat(changedLater).isGreaterThan(20);
    }

    @ParameterizedTest
    @MethodSource("hedges")
    void theHoldoutNeverReadsPastItsDecisions(Hedge hedge) {
        Random random = new Random(42);
        int split = 60;
        for (int series = 0; series < 8; series++) {
            PairBars bars = Pairs.random(random, BARS);
            long splitTime = Pairs.closeTime(split);
            PairBacktest.Result base = PairBacktest.holdout(bars, settings(hedge), splitTime, 252);
            for (int k : CUTS) {
                if (k < split) {
                    continue;
                }
                PairBacktest.Result changed =
                        PairBacktest.holdout(changedAfter(bars, k, random), settings(hedge), splitTime, 252);
                // rows start at the split bar
                assertSameUpTo(base, changed, k - split, split);
            }
        }
    }

    /** Rows 0..row of the two results agree, and the position one row further; {@code offset} is row 0's bar. */
    private static void assertSameUpTo(PairBacktest.Result base, PairBacktest.Result changed, int row, int offset) {
        int to = row + 1;
        String at = "up to bar " + (row + offset);
        assertThat(Arrays.copyOf(changed.z(), to)).as("z " + at).isEqualTo(Arrays.copyOf(base.z(), to));
        assertThat(Arrays.copyOf(changed.spread(), to)).as("spread " + at).isEqualTo(Arrays.copyOf(base.spread(), to));
        assertThat(Arrays.copyOf(changed.beta(), to)).as("beta " + at).isEqualTo(Arrays.copyOf(base.beta(), to));
        assertThat(Arrays.copyOf(changed.equity(), to)).as("equity " + at).isEqualTo(Arrays.copyOf(base.equity(), to));
        int decided = Math.min(to + 1, base.position().length);
        assertThat(Arrays.copyOf(changed.position(), decided))
                .as("positions decided " + at)
                .isEqualTo(Arrays.copyOf(base.position(), decided));
        long close = Pairs.closeTime(row + offset);
        assertThat(closedBefore(changed.trades(), close))
                .as("trades closed " + at)
                .isEqualTo(closedBefore(base.trades(), close));
        // a trade entered at the next open was decided at this close: its side and time are fixed, its fills not
        assertThat(entriesUpTo(changed.trades(), close)).isEqualTo(entriesUpTo(base.trades(), close));
    }

    private static List<PairTrade> closedBefore(List<PairTrade> trades, long time) {
        return trades.stream().filter(t -> t.exitTime() < time).toList();
    }

    private static List<String> entriesUpTo(List<PairTrade> trades, long time) {
        return trades.stream()
                .filter(t -> t.entryTime() <= time)
                .map(t -> t.side() + "@" + t.entryTime())
                .toList();
    }
}
