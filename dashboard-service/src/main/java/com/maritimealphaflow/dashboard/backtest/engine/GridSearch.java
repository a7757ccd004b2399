package com.maritimealphaflow.dashboard.backtest.engine;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Runs every fast/slow pair of a grid over the same bars, in parallel on all cores. The counts' prefix sums and the
 * bars' return sums are built once and shared read-only ({@link CrossoverObjective}), so a pair costs one scan for
 * its crossovers.
 */
public final class GridSearch {

    private GridSearch() {}

    /** What to maximise. */
    public enum Objective {
        SHARPE,
        TOTAL_RETURN
    }

    /** How far a search has come, in pairs evaluated, and the switch that stops it between rows of the grid. */
    public static final class Progress {
        private final AtomicLong done = new AtomicLong();
        private volatile long total;
        private volatile boolean cancelled;

        /** For a search of {@code total} pairs in all, however many grids it takes. */
        public Progress(long total) {
            this.total = total;
        }

        public long done() {
            return done.get();
        }

        public long total() {
            return total;
        }

        /** The total once the data has narrowed the grid: a job reports its progress before its data is read. */
        public void narrowTo(long pairs) {
            total = pairs;
        }

        void advance(long pairs) {
            done.addAndGet(pairs);
        }

        public void cancel() {
            cancelled = true;
        }

        public boolean cancelled() {
            return cancelled;
        }

        public void checkNotCancelled() {
            if (cancelled) {
                throw new CancellationException("the search was cancelled");
            }
        }
    }

    /**
     * The objective of each pair ({@code NaN} where fast ≥ slow or the objective is undefined), indexed
     * [fast − fastMin][slow − slowMin].
     */
    public static double[][] run(
            PriceBars bars,
            double[] aligned,
            Strategy costs,
            double barsPerYear,
            int fastMin,
            int fastMax,
            int slowMin,
            int slowMax,
            Objective objective,
            boolean parallel) {
        return run(
                bars,
                aligned,
                costs,
                barsPerYear,
                fastMin,
                fastMax,
                slowMin,
                slowMax,
                objective,
                parallel,
                new Progress(combinations(fastMin, fastMax, slowMin, slowMax)));
    }

    /** As above, reporting each finished row to {@code progress} and stopping when it is cancelled. */
    public static double[][] run(
            PriceBars bars,
            double[] aligned,
            Strategy costs,
            double barsPerYear,
            int fastMin,
            int fastMax,
            int slowMin,
            int slowMax,
            Objective objective,
            boolean parallel,
            Progress progress) {
        CrossoverObjective pairs =
                new CrossoverObjective(bars, new MovingAverages(aligned), costs, barsPerYear, objective);
        int slows = slowMax - slowMin + 1;
        double[][] grid = new double[fastMax - fastMin + 1][slows];
        IntStream rows = IntStream.range(0, grid.length);
        (parallel ? rows.parallel() : rows).forEach(row -> {
            progress.checkNotCancelled();
            int fast = fastMin + row;
            int evaluated = 0;
            for (int column = 0; column < slows; column++) {
                int slow = slowMin + column;
                if (fast < slow) {
                    grid[row][column] = pairs.evaluate(fast, slow);
                    evaluated++;
                } else {
                    grid[row][column] = Double.NaN;
                }
            }
            progress.advance(evaluated);
        });
        progress.checkNotCancelled();
        return grid;
    }

    /**
     * One cell of a grid at a time, simulated bar by bar as a single backtest is (without recording its trades) over
     * bars and counts shared by every cell: the per-bar returns that the grid's Sharpe objective summarises. Holds one
     * equity curve per call, never a cell × bar matrix; safe to call from several threads at once.
     */
    public static final class Cells {
        private final PriceBars bars;
        private final MovingAverages averages;

        public Cells(PriceBars bars, double[] aligned) {
            if (bars.size() < 2 || aligned.length != bars.size()) {
                throw new IllegalArgumentException("need at least two bars and one count per bar");
            }
            this.bars = bars;
            this.averages = new MovingAverages(aligned);
        }

        /** Returns per cell: one fewer than the bars. */
        public int returns() {
            return bars.size() - 1;
        }

        /** The close-to-close returns of {@code strategy}'s equity, bar 1 on, into {@code into}. */
        public void returns(Strategy strategy, double[] into) {
            double[] equity = Simulation.run(bars, averages, strategy, false).equity();
            for (int i = 1; i < equity.length; i++) {
                into[i - 1] = equity[i] / equity[i - 1] - 1;
            }
        }
    }

    /** The objective of an equity curve from one backtest, {@code NaN} where it is undefined. */
    public static double objective(double[] equity, Objective objective, double barsPerYear) {
        if (objective == Objective.TOTAL_RETURN) {
            return equity[equity.length - 1] / equity[0] - 1;
        }
        Double sharpe = MetricsCalculator.sharpe(equity, barsPerYear);
        return sharpe == null ? Double.NaN : sharpe;
    }

    /**
     * Annualised Sharpe ratio (no risk-free rate, sample deviation) from the sum and sum of squares of {@code count}
     * per-bar returns; {@code NaN} with fewer than two returns or no variance.
     */
    public static double sharpe(double sum, double sumSquares, int count, double barsPerYear) {
        if (count < 2) {
            return Double.NaN;
        }
        double mean = sum / count;
        double variance = (sumSquares - count * mean * mean) / (count - 1);
        return variance <= 1e-30 ? Double.NaN : mean / Math.sqrt(variance) * Math.sqrt(barsPerYear);
    }

    /**
     * Pairs with fast < slow in the ranges, in closed form: counted before a request is accepted, so a range of two
     * billion lengths must cost no more than a small one, and the count must not overflow.
     */
    public static long combinations(int fastMin, int fastMax, int slowMin, int slowMax) {
        if (fastMax < fastMin || slowMax < slowMin) {
            return 0;
        }
        long count = 0;
        // fast below slowMin: every slow of the range
        long below = (long) Math.min(fastMax, (long) slowMin - 1) - fastMin + 1;
        if (below > 0) {
            count += below * ((long) slowMax - slowMin + 1);
        }
        // fast from slowMin on: the slows above it, slowMax - fast, an arithmetic series
        long first = Math.max(fastMin, slowMin);
        long last = Math.min(fastMax, (long) slowMax - 1);
        if (last >= first) {
            long n = last - first + 1;
            long ends = (slowMax - first) + (slowMax - last); // even when n is odd
            count += n % 2 == 0 ? n / 2 * ends : ends / 2 * n;
        }
        return count;
    }
}
