package com.maritimealphaflow.dashboard.bench;

import com.maritimealphaflow.dashboard.backtest.luck.BootstrapIntervals;
import com.maritimealphaflow.dashboard.backtest.luck.BootstrapSettings;
import com.maritimealphaflow.dashboard.backtest.luck.CellReturns;
import com.maritimealphaflow.dashboard.backtest.luck.DeflatedSharpe;
import com.maritimealphaflow.dashboard.backtest.luck.LuckStatistics;
import com.maritimealphaflow.dashboard.backtest.luck.OverfittingProbability;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Times the luck statistics of issue 17 at the optimizer's largest grid: PBO over 16 blocks (12,870 splits) of 8,523
 * cells × 105,120 bars (a year of 5-minute bars), the DSR of the best cell and a 1,000-resample stationary bootstrap
 * of 105,120 bars. The returns are generated per cell as they are read, never held as 900 million doubles; generating
 * them is timed on its own so that it can be told apart. Run with {@code scripts/bench-overfitting.sh}.
 */
public final class OverfittingBenchmark {

    public static void main(String[] args) {
        int cells = args.length > 0 ? Integer.parseInt(args[0]) : 8_523;
        int bars = args.length > 1 ? Integer.parseInt(args[1]) : 105_120;
        int blocks = args.length > 2 ? Integer.parseInt(args[2]) : LuckStatistics.DEFAULT_BLOCKS;
        double barsPerYear = 105_120;
        System.out.printf(
                Locale.ROOT,
                "grid: %,d cells x %,d bars = %,d returns, %d blocks, %d cores, max heap %,d MiB%n",
                cells,
                bars,
                (long) cells * bars,
                blocks,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        // warm-up so the JIT has compiled the loops before anything is timed
        LuckStatistics.assess(new GeneratedReturns(200, 3_200, 9), blocks);
        LuckStatistics.bootstrap(
                new GeneratedReturns(1, 10_000, 9).cell(0), BootstrapSettings.defaults(10_000, barsPerYear, 9));

        GeneratedReturns grid = new GeneratedReturns(cells, bars, 1);
        time("generating the returns alone (every cell once, in parallel)", () -> {
            double[] checksums = new double[cells];
            ThreadLocal<double[]> buffers = ThreadLocal.withInitial(() -> new double[bars]);
            IntStream.range(0, cells).parallel().forEach(cell -> {
                double[] values = buffers.get();
                grid.read(cell, values);
                checksums[cell] = values[bars - 1];
            });
            return "";
        });
        // three runs each: the first still pays for compiling the full-size loops, and a shared machine varies
        OverfittingProbability pbo = null;
        for (int run = 1; run <= 3; run++) {
            pbo = time(
                    "PBO end to end, run " + run + " (read into block sums + all splits)",
                    () -> LuckStatistics.overfitting(grid, blocks));
        }
        System.out.printf(Locale.ROOT, "  PBO %.4f over %,d splits%n", pbo.probability(), pbo.splits());
        // a split costs O(blocks x cells) whatever the bars, so a short series leaves the splits' own time
        GeneratedReturns shortGrid = new GeneratedReturns(cells, 3_200, 1);
        for (int run = 1; run <= 3; run++) {
            time(
                    "PBO splits alone, run " + run + " (same cells, 3,200 bars, reading negligible)",
                    () -> LuckStatistics.overfitting(shortGrid, blocks));
        }
        LuckStatistics.GridLuck luck = time(
                "DSR + PBO of the grid (assess: one read, best cell read again)",
                () -> LuckStatistics.assess(grid, blocks));
        System.out.printf(
                Locale.ROOT,
                "  best cell %d, DSR %.4f (benchmark %.3f annualised), PBO %.4f%n",
                luck.bestCell(),
                luck.deflated().probability(),
                luck.deflated().annualisedBenchmark(barsPerYear),
                luck.overfitting().probability());

        double[] best = grid.cell(luck.bestCell());
        double[] sharpes = new double[cells];
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < cells; n++) {
            sharpes[n] = (random.nextDouble() - 0.5) * 0.01;
        }
        int runs = 100;
        long t = System.nanoTime();
        DeflatedSharpe deflated = null;
        for (int i = 0; i < runs; i++) {
            deflated = LuckStatistics.deflatedSharpe(best, sharpes);
        }
        System.out.printf(
                Locale.ROOT,
                "DSR alone (moments of %,d returns, variance of %,d Sharpe ratios): %.2f ms, DSR %.4f%n",
                bars,
                cells,
                (System.nanoTime() - t) / 1e6 / runs,
                deflated.probability());

        BootstrapSettings settings = BootstrapSettings.defaults(bars, barsPerYear, 11);
        BootstrapIntervals intervals = time(
                "bootstrap: " + settings.resamples() + " resamples of " + bars + " bars, mean block "
                        + Math.round(settings.meanBlockLength()),
                () -> LuckStatistics.bootstrap(best, settings));
        System.out.printf(
                Locale.ROOT,
                "  Sharpe %.2f [%.2f, %.2f], total return %.4f [%.4f, %.4f], max drawdown %.4f [%.4f, %.4f],"
                        + " P(Sharpe>0) %.3f%n",
                intervals.sharpe().sample(),
                intervals.sharpe().lower(),
                intervals.sharpe().upper(),
                intervals.totalReturn().sample(),
                intervals.totalReturn().lower(),
                intervals.totalReturn().upper(),
                intervals.maxDrawdown().sample(),
                intervals.maxDrawdown().lower(),
                intervals.maxDrawdown().upper(),
                intervals.probabilityPositiveSharpe());
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                Locale.ROOT, "heap in use at the end: %,d MiB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /**
     * Prints wall-clock and process CPU seconds: on a shared machine the wall clock also counts other processes' turns,
     * while CPU seconds over wall seconds near the core count means this run had the cores to itself.
     */
    private static <T> T time(String what, Supplier<T> work) {
        long cpu = processCpuNanos();
        long t = System.nanoTime();
        T result = work.get();
        System.out.printf(
                Locale.ROOT,
                "%s: %.2f s wall, %.2f s CPU%n",
                what,
                (System.nanoTime() - t) / 1e9,
                (processCpuNanos() - cpu) / 1e9);
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * Seeded returns of deviation 0.001 per bar (about 32 % a year) (uniform, cheap to draw) with a small drift per cell, drawn afresh at
     * each read so that none is stored.
     */
    private record GeneratedReturns(int cells, int bars, long seed) implements CellReturns {

        private static final double SPREAD = 0.001 * Math.sqrt(12);

        @Override
        public void read(int cell, double[] into) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003 + cell);
            double drift = (cell % 101 - 50) * 2e-8;
            for (int t = 0; t < bars; t++) {
                into[t] = drift + SPREAD * (random.nextDouble() - 0.5);
            }
        }

        double[] cell(int cell) {
            double[] values = new double[bars];
            read(cell, values);
            return values;
        }
    }
}
