package com.maritimealphaflow.dashboard.backtest.engine;

import java.util.List;

/** Metrics of an equity curve: returns per bar annualised by how many such bars the market's year holds. */
final class MetricsCalculator {

    private MetricsCalculator() {}

    /** The Sharpe ratio of the curve's per-bar returns (no risk-free rate), annualised; null when flat. */
    static Double sharpe(double[] equity, double barsPerYear) {
        int count = equity.length - 1;
        if (count < 2) {
            return null;
        }
        double sum = 0;
        double sumSquares = 0;
        for (int i = 1; i < equity.length; i++) {
            double r = equity[i] / equity[i - 1] - 1;
            sum += r;
            sumSquares += r * r;
        }
        double sharpe = GridSearch.sharpe(sum, sumSquares, count, barsPerYear);
        return Double.isNaN(sharpe) ? null : sharpe;
    }

    /** Mean return over downside deviation (root mean square of the negative returns), annualised. */
    static Double sortino(double[] equity, double barsPerYear) {
        int count = equity.length - 1;
        if (count < 1) {
            return null;
        }
        double sum = 0;
        double downside = 0;
        for (int i = 1; i < equity.length; i++) {
            double r = equity[i] / equity[i - 1] - 1;
            sum += r;
            if (r < 0) {
                downside += r * r;
            }
        }
        if (downside <= 1e-30) {
            return null;
        }
        return (sum / count) / Math.sqrt(downside / count) * Math.sqrt(barsPerYear);
    }

    /** Each close's fall from the highest equity before it, as a non-positive fraction. */
    static double[] drawdowns(double[] equity) {
        double[] drawdown = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            drawdown[i] = equity[i] / peak - 1;
        }
        return drawdown;
    }

    static Metrics of(PriceBars bars, Simulation.Result run, Strategy strategy, double barsPerYear) {
        double[] equity = run.equity();
        int n = equity.length;
        double last = equity[n - 1];
        double total = last / strategy.initialCash() - 1;
        double annualised = n > 1 ? Math.pow(last / strategy.initialCash(), barsPerYear / (n - 1)) - 1 : 0;
        double buyAndHold = bars.close()[n - 1] / bars.close()[0] - 1;

        double[] drawdown = drawdowns(equity);
        double maxDrawdown = 0;
        int longestBars = 0;
        long longestMillis = 0;
        int peakIndex = 0;
        for (int i = 0; i < n; i++) {
            maxDrawdown = Math.min(maxDrawdown, drawdown[i]);
            if (drawdown[i] >= 0) {
                peakIndex = i;
            } else if (i - peakIndex > longestBars) {
                longestBars = i - peakIndex;
                longestMillis = bars.closeTimes()[i] - bars.closeTimes()[peakIndex];
            }
        }

        List<Trade> trades = run.trades();
        int wins = 0;
        double grossProfit = 0;
        double grossLoss = 0;
        for (Trade trade : trades) {
            if (trade.pnl() > 0) {
                wins++;
                grossProfit += trade.pnl();
            } else {
                grossLoss -= trade.pnl();
            }
        }
        return new Metrics(
                total,
                annualised,
                buyAndHold,
                sharpe(equity, barsPerYear),
                sortino(equity, barsPerYear),
                maxDrawdown,
                longestMillis,
                longestBars,
                trades.size(),
                trades.isEmpty() ? null : (double) wins / trades.size(),
                grossLoss > 0 ? grossProfit / grossLoss : null,
                (double) run.exposedBars() / n,
                run.fees(),
                barsPerYear);
    }
}
