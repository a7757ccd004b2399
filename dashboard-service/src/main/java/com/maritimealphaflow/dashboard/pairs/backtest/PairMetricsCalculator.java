package com.maritimealphaflow.dashboard.pairs.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import java.time.Duration;
import java.util.List;

/**
 * The single-instrument engine's metrics for a pair's equity curve. That engine's calculator is package-private, so
 * its few formulas are restated here; the Sharpe ratio is its public one.
 */
final class PairMetricsCalculator {

    private PairMetricsCalculator() {}

    static double[] drawdowns(double[] equity) {
        double[] drawdown = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            drawdown[i] = equity[i] / peak - 1;
        }
        return drawdown;
    }

    static PairMetrics of(
            long[] closeTimes,
            Duration interval,
            double[] equity,
            List<PairTrade> trades,
            int exposedBars,
            double fees,
            double barsPerYear,
            Duration minAnnualisedSpan) {
        int n = equity.length;
        double growth = equity[n - 1] / equity[0];
        Duration span = Duration.ofMillis(closeTimes[n - 1] - closeTimes[0]).plus(interval);
        String omitted = span.compareTo(minAnnualisedSpan) >= 0
                ? null
                : "the backtest spans " + describe(span) + "; annualised figures need at least "
                        + describe(minAnnualisedSpan);
        Double annualised = omitted != null ? null : n > 1 ? Math.pow(growth, barsPerYear / (n - 1)) - 1 : 0.0;

        double sum = 0;
        double sumSquares = 0;
        double downside = 0;
        for (int i = 1; i < n; i++) {
            double r = equity[i] / equity[i - 1] - 1;
            sum += r;
            sumSquares += r * r;
            if (r < 0) {
                downside += r * r;
            }
        }
        double sharpe = GridSearch.sharpe(sum, sumSquares, n - 1, barsPerYear);
        Double sortino = n < 2 || downside <= 1e-30
                ? null
                : (sum / (n - 1)) / Math.sqrt(downside / (n - 1)) * Math.sqrt(barsPerYear);

        double[] drawdown = drawdowns(equity);
        double maxDrawdown = 0;
        int longestBars = 0;
        long longestMillis = 0;
        int peak = 0;
        for (int i = 0; i < n; i++) {
            maxDrawdown = Math.min(maxDrawdown, drawdown[i]);
            if (drawdown[i] >= 0) {
                peak = i;
            } else if (i - peak > longestBars) {
                longestBars = i - peak;
                longestMillis = closeTimes[i] - closeTimes[peak];
            }
        }

        int wins = 0;
        double grossProfit = 0;
        double grossLoss = 0;
        long held = 0;
        for (PairTrade trade : trades) {
            held += trade.barsHeld();
            if (trade.pnl() > 0) {
                wins++;
                grossProfit += trade.pnl();
            } else {
                grossLoss -= trade.pnl();
            }
        }
        return new PairMetrics(
                growth - 1,
                annualised,
                omitted,
                Double.isNaN(sharpe) ? null : sharpe,
                sortino,
                maxDrawdown,
                longestMillis,
                longestBars,
                trades.size(),
                trades.isEmpty() ? null : (double) wins / trades.size(),
                grossLoss > 0 ? grossProfit / grossLoss : null,
                trades.isEmpty() ? null : (double) held / trades.size(),
                (double) exposedBars / n,
                fees,
                barsPerYear);
    }

    private static String describe(Duration span) {
        if (span.toDays() >= 1) {
            return plural(span.toDays(), "day");
        }
        if (span.toHours() >= 1) {
            return plural(span.toHours(), "hour");
        }
        return plural(span.toMinutes(), "minute");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
