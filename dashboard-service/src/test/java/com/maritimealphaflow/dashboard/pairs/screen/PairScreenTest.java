package com.maritimealphaflow.dashboard.pairs.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PairScreenTest {

    private static final int DATES = 500;

    @Test
    void findsTheCointegratedPairWithItsHedgeRatioAndPassesNoIndependentWalk() {
        SplittableRandom random = new SplittableRandom(21);
        double[] x = Universes.randomWalk(random, DATES, 4, 0.02);
        double[] y = Universes.cointegratedWith(random, x, 0.3, 1.2, 0.8, 0.01);
        double[] a = Universes.randomWalk(random, DATES, 3, 0.02);
        double[] b = Universes.randomWalk(random, DATES, 5, 0.02);
        PriceUniverse universe = Universes.of(List.of("A", "X", "B", "Y"), a, x, b, y);

        PairScreenResult result = PairScreen.run(universe, settings(), ScreenProgress.NONE, () -> false);

        assertThat(result.pairs()).hasSize(6);
        assertThat(result.passing()).hasSize(1);
        PairResult pair = result.passing().get(0);
        assertThat(List.of(pair.dependent(), pair.independent())).containsExactlyInAnyOrder("X", "Y");
        double beta = pair.dependent().equals("Y") ? pair.hedgeRatio() : 1 / pair.hedgeRatio();
        assertThat(beta).isCloseTo(1.2, within(0.03));
        // AR(1) noise with phi 0.8: half-life ln 2 / -ln 0.8 = 3.1 bars
        assertThat(pair.halfLife()).isBetween(2.0, 5.0);
        assertThat(pair.hurst()).isLessThan(0.5);
        assertThat(pair.statistic()).isLessThanOrEqualTo(pair.otherStatistic());
        assertThat(pair.bhPValue()).isLessThan(0.05);
        assertThat(pair.holmPValue()).isGreaterThanOrEqualTo(pair.bhPValue());
        assertThat(pair.meanCrossings()).isGreaterThan(50);
        assertThat(pair.returnCorrelation()).isGreaterThan(0.5);
    }

    @Test
    void dropsInstrumentsBelowCoverageAndTestsPairsOnTheirCommonDates() {
        SplittableRandom random = new SplittableRandom(3);
        double[] full = Universes.prices(Universes.randomWalk(random, DATES, 4, 0.02));
        double[] sparse = Universes.prices(Universes.randomWalk(random, DATES, 4, 0.02));
        double[] gappy = Universes.prices(Universes.randomWalk(random, DATES, 4, 0.02));
        double[] other = Universes.prices(Universes.randomWalk(random, DATES, 4, 0.02));
        for (int d = 0; d < DATES; d += 10) {
            sparse[d] = Double.NaN; // 10 % missing: coverage 0.9 < 0.95
        }
        for (int d = 0; d < 20; d++) {
            gappy[100 + d] = Double.NaN; // 4 % missing: eligible
            other[300 + d] = Double.NaN;
        }
        gappy[300] = Double.NaN; // missing in both on one day
        PriceUniverse universe =
                new PriceUniverse(List.of("FULL", "SPARSE", "GAPPY", "OTHER"), Universes.dates(DATES), new double[][] {
                    full, sparse, gappy, other
                });

        PairScreenResult result = PairScreen.run(universe, settings(), ScreenProgress.NONE, () -> false);

        assertThat(result.eligible()).containsExactly("FULL", "GAPPY", "OTHER");
        assertThat(result.dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.symbol()).isEqualTo("SPARSE");
            assertThat(dropped.observations()).isEqualTo(450);
            assertThat(dropped.reason()).isEqualTo("coverage 0.900 below 0.950");
        });
        assertThat(result.pairs())
                .extracting(PairScreenTest::key)
                .containsExactly("FULL/GAPPY", "FULL/OTHER", "GAPPY/OTHER");
        assertThat(result.pairs()).extracting(PairResult::droppedDates).containsExactly(21, 20, 40);
        assertThat(result.pairs()).extracting(PairResult::observations).containsExactly(479, 480, 460);
    }

    @Test
    void dropsAnInstrumentWithEnoughCoverageButTooFewObservations() {
        SplittableRandom random = new SplittableRandom(4);
        // 200 dates, a window of the first 160; A misses 7 of them: coverage 153 / 160 = 0.956, but 153 < 155
        PriceUniverse universe = Universes.of(
                List.of("A", "B", "C"),
                withGap(Universes.randomWalk(random, 200, 4, 0.02), 100, 7),
                Universes.randomWalk(random, 200, 4, 0.02),
                Universes.randomWalk(random, 200, 4, 0.02));
        PairScreenSettings window = new PairScreenSettings(
                Universes.START,
                Universes.START.plusDays(159),
                0.95,
                155,
                null,
                0.05,
                PValueAdjustment.BENJAMINI_HOCHBERG,
                1,
                126,
                0.5,
                1);

        PairScreenResult result = PairScreen.run(universe, window, ScreenProgress.NONE, () -> false);

        assertThat(result.trainingDates()).isEqualTo(160);
        assertThat(result.eligible()).containsExactly("B", "C");
        assertThat(result.dropped()).singleElement().satisfies(dropped -> {
            assertThat(dropped.reason()).isEqualTo("153 observations, fewer than 155");
            assertThat(dropped.coverage()).isCloseTo(153.0 / 160, within(1e-12));
        });
        assertThat(result.pairs())
                .singleElement()
                .extracting(PairResult::observations)
                .isEqualTo(160);
    }

    @Test
    void readsNothingOutsideTheTrainingWindow() {
        SplittableRandom random = new SplittableRandom(9);
        double[] x = Universes.randomWalk(random, DATES, 4, 0.02);
        double[] y = Universes.cointegratedWith(random, x, 0.3, 1.2, 0.8, 0.01);
        double[] z = Universes.randomWalk(random, DATES, 4, 0.02);
        PriceUniverse inside = Universes.of(List.of("X", "Y", "Z"), x, y, z);
        double[][] widerPrices = new double[3][DATES + 100];
        SplittableRandom noise = new SplittableRandom(1);
        for (int i = 0; i < 3; i++) {
            double[] log = i == 0 ? x : i == 1 ? y : z;
            for (int d = 0; d < DATES + 100; d++) {
                boolean before = d < 50;
                boolean after = d >= DATES + 50;
                widerPrices[i][d] = before || after
                        ? (noise.nextInt(3) == 0 ? Double.NaN : Math.exp(10 * noise.nextGaussian()))
                        : Math.exp(log[d - 50]);
            }
        }
        PriceUniverse wider = new PriceUniverse(
                List.of("X", "Y", "Z"), datesFrom(Universes.START.minusDays(50), DATES + 100), widerPrices);

        PairScreenResult onlyWindow = PairScreen.run(inside, settings(), ScreenProgress.NONE, () -> false);
        PairScreenResult withOutside = PairScreen.run(wider, settings(), ScreenProgress.NONE, () -> false);

        assertThat(withOutside.trainingDates()).isEqualTo(DATES);
        assertThat(withOutside.pairs()).isEqualTo(onlyWindow.pairs());
    }

    @Test
    void givesTheSameResultInTheSameOrderWhateverTheThreads() {
        PriceUniverse universe = randomUniverse(12, 77);
        PairScreenSettings oneThread = new PairScreenSettings(
                Universes.START,
                Universes.START.plusDays(DATES),
                0.95,
                250,
                null,
                0.05,
                PValueAdjustment.HOLM,
                1,
                126,
                0.5,
                1);
        PairScreenSettings twoThreads = new PairScreenSettings(
                Universes.START,
                Universes.START.plusDays(DATES),
                0.95,
                250,
                null,
                0.05,
                PValueAdjustment.HOLM,
                1,
                126,
                0.5,
                2);

        PairScreenResult first = PairScreen.run(universe, oneThread, ScreenProgress.NONE, () -> false);
        PairScreenResult second = PairScreen.run(universe, twoThreads, ScreenProgress.NONE, () -> false);

        assertThat(second.pairs()).isEqualTo(first.pairs()).hasSize(66);
        assertThat(first.pairs().get(0)).extracting(PairScreenTest::key).isEqualTo("S00/S01");
        assertThat(first.pairs().get(65)).extracting(PairScreenTest::key).isEqualTo("S10/S11");
    }

    @Test
    void reportsProgressUpToTheTotal() {
        PriceUniverse universe = randomUniverse(20, 5);
        List<Integer> reported = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger totals = new AtomicInteger();

        PairScreen.run(
                universe,
                settings(),
                (done, total) -> {
                    reported.add(done);
                    totals.set(total);
                },
                () -> false);

        assertThat(totals.get()).isEqualTo(190);
        assertThat(reported).contains(190).allSatisfy(done -> assertThat(done).isBetween(1, 190));
    }

    @Test
    void stopsWhenCancelledAndThrows() {
        PriceUniverse universe = randomUniverse(30, 6);
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger lastDone = new AtomicInteger();
        PairScreenSettings oneThread = new PairScreenSettings(
                Universes.START,
                Universes.START.plusDays(DATES),
                0.95,
                250,
                null,
                0.05,
                PValueAdjustment.BENJAMINI_HOCHBERG,
                1,
                126,
                0.5,
                1);

        assertThatThrownBy(() -> PairScreen.run(
                        universe,
                        oneThread,
                        (done, total) -> {
                            lastDone.set(done);
                            cancel.set(true);
                        },
                        cancel::get))
                .isInstanceOf(CancellationException.class);
        // 435 pairs in tasks of 128: the first task finishes, then every later one stops before its first pair
        assertThat(lastDone.get()).isEqualTo(128);
    }

    private static PairScreenSettings settings() {
        return PairScreenSettings.defaults(Universes.START, Universes.START.plusDays(DATES - 1));
    }

    private static PriceUniverse randomUniverse(int instruments, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> symbols = new ArrayList<>();
        double[][] logs = new double[instruments][];
        for (int i = 0; i < instruments; i++) {
            symbols.add(String.format("S%02d", i));
            logs[i] = Universes.randomWalk(random, DATES, 4, 0.02);
        }
        return Universes.of(symbols, logs);
    }

    private static double[] withGap(double[] log, int from, int length) {
        double[] copy = log.clone();
        for (int d = from; d < from + length; d++) {
            copy[d] = Double.NaN;
        }
        return copy;
    }

    private static List<LocalDate> datesFrom(LocalDate first, int count) {
        List<LocalDate> dates = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            dates.add(first.plusDays(d));
        }
        return dates;
    }

    private static String key(PairResult pair) {
        String a = pair.dependent();
        String b = pair.independent();
        return a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
    }
}
