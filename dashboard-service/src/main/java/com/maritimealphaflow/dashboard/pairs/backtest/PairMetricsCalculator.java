package com.maritimealphaflow.dashboard.pairs.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.MetricsCalculator;
import java.time.Duration;
import java.util.List;

/**
 * The single-instrument engine's metrics for a pair's equity curve: its Sharpe, Sortino, drawdowns and annualisation
 * rule, with the pair's trades.
 */
final class PairMetricsCalculator {

    private PairMetricsCalculator() {}

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
        String omitted = MetricsCalculator.annualisedOmitted(span, minAnnualisedSpan);
        Double annualised = omitted != null ? null : n > 1 ? Math.pow(growth, barsPerYear / (n - 1)) - 1 : 0.0;
        Double sharpe = MetricsCalculator.sharpe(equity, barsPerYear);
        Double sortino = MetricsCalculator.sortino(equity, barsPerYear);

        double[] drawdown = MetricsCalculator.drawdowns(equity);
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
                sharpe,
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
}
