package com.maritimealphaflow.dashboard.backtest;

import java.util.stream.IntStream;

/**
 * Runs every fast/slow pair of a grid over the same bars, in parallel on all cores. The moving averages' prefix sums
 * are built once and shared read-only, so each pair costs one pass over the bars.
 */
public final class GridSearch {

    private GridSearch() {}

    /** What to maximise. */
    public enum Objective {
        SHARPE,
        TOTAL_RETURN
    }

    /**
     * The objective of each pair ({@code NaN} where fast ≥ slow or the objective is undefined), indexed
     * [fast − fastMin][slow − slowMin].
     */
    public static double[][] run(
            PriceBars bars,
            double[] aligned,
            Strategy costs,
            MarketCalendar calendar,
            int fastMin,
            int fastMax,
            int slowMin,
            int slowMax,
            Objective objective,
            boolean parallel) {
        MovingAverages averages = new MovingAverages(aligned);
        double barsPerYear = calendar.barsPerYear(bars.interval());
        int fasts = fastMax - fastMin + 1;
        int slows = slowMax - slowMin + 1;
        double[][] grid = new double[fasts][slows];
        IntStream cells = IntStream.range(0, fasts * slows);
        (parallel ? cells.parallel() : cells).forEach(cell -> {
            int fast = fastMin + cell / slows;
            int slow = slowMin + cell % slows;
            double value = Double.NaN;
            if (fast < slow) {
                double[] equity = Simulation.run(bars, averages, costs.withLengths(fast, slow), false)
                        .equity();
                value = objective(equity, objective, barsPerYear);
            }
            grid[cell / slows][cell % slows] = value;
        });
        return grid;
    }

    static double objective(double[] equity, Objective objective, double barsPerYear) {
        if (objective == Objective.TOTAL_RETURN) {
            return equity[equity.length - 1] / equity[0] - 1;
        }
        Double sharpe = MetricsCalculator.sharpe(equity, barsPerYear);
        return sharpe == null ? Double.NaN : sharpe;
    }

    /** Pairs with fast < slow in the ranges. */
    public static int combinations(int fastMin, int fastMax, int slowMin, int slowMax) {
        int count = 0;
        for (int fast = fastMin; fast <= fastMax; fast++) {
            count += Math.max(0, slowMax - Math.max(slowMin, fast + 1) + 1);
        }
        return count;
    }

    /**
     * Folds an equity curve into what the objectives need, without storing it: the same sums, in the same order, as
     * {@link MetricsCalculator#sharpe}, so a grid cell equals the single backtest of its lengths.
     */
    static final class ReturnFold implements Simulation.Marks {
        private double first;
        private double previous;
        private double sum;
        private double sumSquares;
        private int count;

        @Override
        public void mark(int bar, double equity) {
            if (bar == 0) {
                first = equity;
            } else {
                double r = equity / previous - 1;
                sum += r;
                sumSquares += r * r;
                count++;
            }
            previous = equity;
        }

        double objective(Objective objective, double barsPerYear) {
            if (objective == Objective.TOTAL_RETURN) {
                return previous / first - 1;
            }
            if (count < 2) {
                return Double.NaN;
            }
            double mean = sum / count;
            double variance = (sumSquares - count * mean * mean) / (count - 1);
            return variance <= 1e-30 ? Double.NaN : mean / Math.sqrt(variance) * Math.sqrt(barsPerYear);
        }
    }
}
