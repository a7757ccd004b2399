package com.maritimealphaflow.dashboard.bench;

import com.maritimealphaflow.dashboard.pairs.screen.ClusteringSettings;
import com.maritimealphaflow.dashboard.pairs.screen.PairScreen;
import com.maritimealphaflow.dashboard.pairs.screen.PairScreenResult;
import com.maritimealphaflow.dashboard.pairs.screen.PairScreenSettings;
import com.maritimealphaflow.dashboard.pairs.screen.PriceUniverse;
import com.maritimealphaflow.dashboard.research.leadlag.LeadLagStatistics;
import com.maritimealphaflow.dashboard.research.leadlag.UnitRootDeterministics;
import java.lang.management.ManagementFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * Times the pairs screen on 500 instruments x 5 years of weekday closes (1,260 dates, 124,750 pairs, both orderings
 * each): first one residual ADF with the lead-lag {@code AugmentedDickeyFuller} against the screen's nested one, then
 * the whole screen without and with PCA + DBSCAN clustering. Seeded data: 300 independent random walks and 50 groups of
 * 4 instruments cointegrated with a group factor (a random walk times a loading, plus AR(1) noise with phi 0.8 and sd 0.005 against daily steps of 0.015), 1 % of closes
 * missing. Run with {@code scripts/bench-pairs-screen.sh [instruments] [dates]}.
 */
public final class PairScreenBenchmark {

    private static final int GROUPED = 200;

    public static void main(String[] args) {
        int instruments = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int dates = args.length > 1 ? Integer.parseInt(args[1]) : 1_260;
        PriceUniverse universe = universe(instruments, dates, 42);
        LocalDate first = universe.dates().get(0);
        LocalDate last = universe.dates().get(dates - 1);
        System.out.printf(
                Locale.ROOT,
                "universe: %d instruments x %d dates (%s..%s), %,d pairs, %d cores, max heap %,d MiB%n",
                instruments,
                dates,
                first,
                last,
                (long) instruments * (instruments - 1) / 2,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        compareAdf(dates, (long) instruments * (instruments - 1) / 2);

        PairScreenSettings plain = PairScreenSettings.defaults(first, last);
        // warm-up on a slice so the JIT has compiled the loops before anything is timed
        PairScreen.run(universe(60, dates, 7), plain, (done, total) -> {}, () -> false);
        report("without clustering", universe, plain);
        report("with PCA + DBSCAN", universe, plain.withClustering(ClusteringSettings.DEFAULTS));
    }

    private static void compareAdf(int dates, long pairs) {
        SplittableRandom random = new SplittableRandom(3);
        List<double[]> series = new ArrayList<>();
        for (int s = 0; s < 200; s++) {
            double[] x = new double[dates];
            for (int t = 1; t < dates; t++) {
                x[t] = 0.97 * x[t - 1] + random.nextGaussian();
            }
            series.add(x);
        }
        int maxLag = (int) Math.ceil(12 * Math.pow(dates / 100.0, 0.25));
        for (int round = 0; round < 2; round++) {
            long started = System.nanoTime();
            double sink = 0;
            for (double[] x : series) {
                sink += LeadLagStatistics.adf(x, UnitRootDeterministics.CONSTANT, maxLag, true)
                        .statistic();
            }
            double leadLagMs = (System.nanoTime() - started) / 1e6 / series.size();
            if (round == 1) {
                double pairsHours = leadLagMs
                        * 2
                        * pairs
                        / 1e3
                        / 3600
                        / Runtime.getRuntime().availableProcessors();
                System.out.printf(
                        Locale.ROOT,
                        "lead-lag AugmentedDickeyFuller, %d dates, max lag %d: %.2f ms per ADF"
                                + " (two per pair: %.2f h for %,d pairs on these cores) [%.1f]%n",
                        dates,
                        maxLag,
                        leadLagMs,
                        pairsHours,
                        pairs,
                        sink);
            }
        }
    }

    private static void report(String label, PriceUniverse universe, PairScreenSettings settings) {
        // cancelled before the first pair: what the coverage rule, PCA and DBSCAN cost on their own
        long preparing = System.nanoTime();
        try {
            PairScreen.run(universe, settings, (done, total) -> {}, () -> true);
        } catch (CancellationException expected) {
            // the point of the run
        }
        double preparationSeconds = (System.nanoTime() - preparing) / 1e9;

        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        PairScreenResult result = PairScreen.run(universe, settings, (done, total) -> {}, () -> false);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        long truePasses = result.passing().stream()
                .filter(pair -> sameGroup(pair.dependent(), pair.independent()))
                .count();
        String clusters = result.clusters() == null
                ? ""
                : String.format(
                        Locale.ROOT,
                        "; %d components (%.0f %% of variance), %d clusters, %d noise, eps %.3f",
                        result.clusters().components(),
                        100 * result.clusters().explainedVariance(),
                        result.clusters().clusters().size(),
                        result.clusters().noise().size(),
                        result.clusters().eps());
        System.out.printf(
                Locale.ROOT,
                "%s: %,d pairs tested (%d skipped) in %.1f s wall, %.1f s CPU = %,.0f pairs/s; before the first pair"
                        + " %.1f s; %d pass, %d of them from the same constructed group (%d such pairs exist)%s%n",
                label,
                result.pairs().size(),
                result.skipped().size(),
                seconds,
                cpuSeconds,
                result.pairs().size() / seconds,
                preparationSeconds,
                result.passing().size(),
                truePasses,
                Math.min(GROUPED, universe.symbols().size()) / 4 * 6,
                clusters);
    }

    private static boolean sameGroup(String first, String second) {
        int a = Integer.parseInt(first.substring(1));
        int b = Integer.parseInt(second.substring(1));
        return a < GROUPED && b < GROUPED && a / 4 == b / 4;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Weekdays from 2021-01-04; groups of 4 cointegrated instruments first, the rest random walks. */
    static PriceUniverse universe(int instruments, int dates, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LocalDate> axis = new ArrayList<>();
        LocalDate day = LocalDate.of(2021, 1, 4);
        while (axis.size() < dates) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                axis.add(day);
            }
            day = day.plusDays(1);
        }
        int grouped = Math.min(instruments, GROUPED);
        double[][] prices = new double[instruments][dates];
        List<String> symbols = new ArrayList<>();
        double[] factor = new double[dates];
        for (int i = 0; i < instruments; i++) {
            symbols.add(String.format(Locale.ROOT, "S%03d", i));
            if (i < grouped && i % 4 == 0) {
                factor[0] = Math.log(50 + 50 * random.nextDouble());
                for (int t = 1; t < dates; t++) {
                    factor[t] = factor[t - 1] + 0.015 * random.nextGaussian();
                }
            }
            double loading = 0.5 + random.nextDouble();
            double noise = 0;
            double level = Math.log(20 + 80 * random.nextDouble());
            for (int t = 0; t < dates; t++) {
                double logPrice;
                if (i < grouped) {
                    noise = 0.8 * noise + 0.005 * random.nextGaussian();
                    logPrice = 1 + loading * factor[t] + noise;
                } else {
                    level += 0.015 * random.nextGaussian();
                    logPrice = level;
                }
                prices[i][t] = random.nextDouble() < 0.01 ? Double.NaN : Math.exp(logPrice);
            }
        }
        return new PriceUniverse(symbols, axis, prices);
    }
}
