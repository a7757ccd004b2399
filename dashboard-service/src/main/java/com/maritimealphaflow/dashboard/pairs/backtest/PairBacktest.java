package com.maritimealphaflow.dashboard.pairs.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.BacktestEngine;
import com.maritimealphaflow.dashboard.backtest.engine.MetricsCalculator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A pairs-trading backtest: pure, without I/O. The spread {@code log Y − β log X − α} is z-scored over a rolling
 * window; a high z shorts the spread, a low one buys it (see {@link PairSettings} for the thresholds and
 * {@link Hedge} for where β comes from).
 *
 * <p>Conventions, the same as the single-instrument engine's where it has one:
 *
 * <ul>
 *   <li>Everything at bar t (β, spread, z, the decision) uses closes at or before t. The decision is executed at bar
 *       t + 1's open.
 *   <li>An entry commits the equity of the moment: half of it is the notional of each leg at its fill price, one long
 *       and one short, so the position is dollar-neutral when opened. β shapes the signal, not the sizes.
 *   <li>Fees and slippage are paid on both legs at entry and at exit.
 *   <li>Equity is marked at every close. A position open at the last bar is closed at its close, with costs (exit
 *       reason {@code END}), so the final equity is realised.
 * </ul>
 *
 * <p>Per-bar arrays in a {@link Result} are aligned with its {@code closeTimes}: {@code position[i]} is the side held
 * through bar i (−1 short spread, 0 flat, +1 long), after any fill at its open.
 */
public final class PairBacktest {

    private PairBacktest() {}

    /** Per-bar curves and signals, the round trips, and their metrics. */
    public record Result(
            long[] closeTimes,
            double[] equity,
            double[] drawdown,
            int[] position,
            double[] spread,
            double[] z,
            double[] beta,
            List<PairTrade> trades,
            PairMetrics metrics) {}

    /**
     * One walk-forward fold by close times: the hedge fitted on bars {@code trainFrom..trainTo}, traded on bars after
     * {@code trainTo} up to {@code testTo}.
     */
    public record Fold(long trainFrom, long trainTo, long testTo, Hedge.Fixed hedge) {}

    /** The test segments traded one after another with chained equity, and the folds that made them. */
    public record WalkForward(Result result, List<Fold> folds) {}

    /** Trades every bar: the first bar is the anchor (flat, its close the first decision). */
    public static Result run(PairBars bars, PairSettings settings, double barsPerYear) {
        return run(bars, settings, barsPerYear, BacktestEngine.DEFAULT_MIN_ANNUALISED_SPAN);
    }

    public static Result run(PairBars bars, PairSettings settings, double barsPerYear, Duration minAnnualisedSpan) {
        requireBarsPerYear(barsPerYear);
        return evaluate(bars, settings, 0, barsPerYear, minAnnualisedSpan);
    }

    /**
     * Evaluates only after {@code splitTime} (epoch milliseconds, e.g. the end of the screen's training window). The
     * result starts at the last bar closing at or before the split, the anchor: flat, equity the initial capital, its
     * close the first decision, so the first fill is at the first open after the split and every return measured is
     * earned after it. Bars before the anchor only warm up the rolling β and the z-score window; they are the past of
     * every decision and no later bar is read before its time.
     */
    public static Result holdout(PairBars bars, PairSettings settings, long splitTime, double barsPerYear) {
        return holdout(bars, settings, splitTime, barsPerYear, BacktestEngine.DEFAULT_MIN_ANNUALISED_SPAN);
    }

    public static Result holdout(
            PairBars bars, PairSettings settings, long splitTime, double barsPerYear, Duration minAnnualisedSpan) {
        requireBarsPerYear(barsPerYear);
        long[] times = bars.closeTimes();
        int anchor = -1;
        while (anchor + 1 < times.length && times[anchor + 1] <= splitTime) {
            anchor++;
        }
        if (anchor < 0) {
            throw new IllegalArgumentException(
                    "the split at " + splitTime + " is before the first bar (closes at " + times[0] + ")");
        }
        if (anchor == times.length - 1) {
            throw new IllegalArgumentException("no bar closes after the split at " + splitTime + " (the last closes at "
                    + times[times.length - 1] + ")");
        }
        return evaluate(bars, settings, anchor, barsPerYear, minAnnualisedSpan);
    }

    /**
     * Walk-forward: fold k fits β and α by OLS of log Y on log X over {@code trainBars} bars starting at bar
     * {@code k · testBars}, then trades the next {@code testBars} bars (the last fold may be shorter) as a
     * {@link #holdout} split at its last training bar would. The settings' own hedge is not used. Each fold starts
     * with the equity the previous one ended with; a position is closed at the end of its fold ({@code END}), so the
     * next fold, whose anchor is that same bar, starts flat. The chained curve has one row per bar from the first
     * fold's anchor on.
     */
    public static WalkForward walkForward(
            PairBars bars, PairSettings settings, int trainBars, int testBars, double barsPerYear) {
        return walkForward(
                bars, settings, trainBars, testBars, barsPerYear, BacktestEngine.DEFAULT_MIN_ANNUALISED_SPAN);
    }

    public static WalkForward walkForward(
            PairBars bars,
            PairSettings settings,
            int trainBars,
            int testBars,
            double barsPerYear,
            Duration minAnnualisedSpan) {
        requireBarsPerYear(barsPerYear);
        if (trainBars < Math.max(3, settings.zWindow())) {
            throw new IllegalArgumentException("trainBars must be at least 3 and at least the z-score window ("
                    + settings.zWindow() + "), got " + trainBars);
        }
        if (testBars < 1) {
            throw new IllegalArgumentException("testBars must be at least 1, got " + testBars);
        }
        int n = bars.size();
        if (trainBars >= n) {
            throw new IllegalArgumentException(
                    "trainBars (" + trainBars + ") leaves no bar to test among " + n + " bars");
        }
        double[] logY = HedgeRegression.logs(bars.y().close());
        double[] logX = HedgeRegression.logs(bars.x().close());
        int rows = n - trainBars + 1;
        Columns all = new Columns(rows);
        List<PairTrade> trades = new ArrayList<>();
        List<Fold> folds = new ArrayList<>();
        double capital = settings.initialCapital();
        int exposed = 0;
        double fees = 0;
        for (int trainFrom = 0; trainFrom + trainBars < n; trainFrom += testBars) {
            int anchor = trainFrom + trainBars - 1;
            int testTo = Math.min(anchor + testBars, n - 1);
            Hedge.Fixed hedge = HedgeRegression.fit(logY, logX, trainFrom, anchor);
            PairSettings fold = settings.withHedge(hedge).withInitialCapital(capital);
            PairBars slice = bars.slice(trainFrom, testTo + 1);
            PairSignals signals = PairSignals.of(slice, hedge, fold.zWindow());
            PairSimulation.Run run = PairSimulation.run(slice, fold, signals, anchor - trainFrom);
            // the anchor row repeats the previous fold's last bar, with the same (flat) equity: keep it once
            int skip = folds.isEmpty() ? 0 : 1;
            all.append(slice, signals, run, anchor - trainFrom, skip);
            trades.addAll(run.trades());
            exposed += run.exposedBars();
            fees += run.fees();
            capital = run.equity()[run.equity().length - 1];
            folds.add(new Fold(
                    bars.closeTimes()[trainFrom], bars.closeTimes()[anchor], bars.closeTimes()[testTo], hedge));
        }
        double[] drawdown = MetricsCalculator.drawdowns(all.equity);
        // metrics against the initial capital: the first row is the first anchor, flat at that capital
        PairMetrics metrics = PairMetricsCalculator.of(
                all.closeTimes, bars.y().interval(), all.equity, trades, exposed, fees, barsPerYear, minAnnualisedSpan);
        Result result = new Result(
                all.closeTimes,
                all.equity,
                drawdown,
                all.position,
                all.spread,
                all.z,
                all.beta,
                List.copyOf(trades),
                metrics);
        return new WalkForward(result, List.copyOf(folds));
    }

    private static Result evaluate(
            PairBars bars, PairSettings settings, int anchor, double barsPerYear, Duration minAnnualisedSpan) {
        PairSignals signals = PairSignals.of(bars, settings.hedge(), settings.zWindow());
        PairSimulation.Run run = PairSimulation.run(bars, settings, signals, anchor);
        int n = bars.size();
        long[] times = Arrays.copyOfRange(bars.closeTimes(), anchor, n);
        PairMetrics metrics = PairMetricsCalculator.of(
                times,
                bars.y().interval(),
                run.equity(),
                run.trades(),
                run.exposedBars(),
                run.fees(),
                barsPerYear,
                minAnnualisedSpan);
        return new Result(
                times,
                run.equity(),
                MetricsCalculator.drawdowns(run.equity()),
                run.position(),
                Arrays.copyOfRange(signals.spread(), anchor, n),
                Arrays.copyOfRange(signals.z(), anchor, n),
                Arrays.copyOfRange(signals.beta(), anchor, n),
                List.copyOf(run.trades()),
                metrics);
    }

    private static void requireBarsPerYear(double barsPerYear) {
        if (!(barsPerYear > 0) || Double.isInfinite(barsPerYear)) {
            throw new IllegalArgumentException("barsPerYear must be finite and positive, got " + barsPerYear);
        }
    }

    /** The walk-forward's chained per-bar columns, filled fold by fold. */
    private static final class Columns {
        final long[] closeTimes;
        final double[] equity;
        final int[] position;
        final double[] spread;
        final double[] z;
        final double[] beta;
        int size;

        Columns(int rows) {
            closeTimes = new long[rows];
            equity = new double[rows];
            position = new int[rows];
            spread = new double[rows];
            z = new double[rows];
            beta = new double[rows];
        }

        /** The run's rows from {@code skip} on; {@code anchor} is the run's first bar within the slice. */
        void append(PairBars slice, PairSignals signals, PairSimulation.Run run, int anchor, int skip) {
            for (int r = skip; r < run.equity().length; r++) {
                int bar = anchor + r;
                closeTimes[size] = slice.closeTimes()[bar];
                equity[size] = run.equity()[r];
                position[size] = run.position()[r];
                spread[size] = signals.spread()[bar];
                z[size] = signals.z()[bar];
                beta[size] = signals.beta()[bar];
                size++;
            }
        }
    }
}
