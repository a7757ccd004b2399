package com.maritimealphaflow.dashboard.backtest.engine;

import java.time.Duration;
import java.util.List;

/** Metrics of an equity curve: returns per bar annualised by how many such bars the market's year holds. */
public final class MetricsCalculator {

    private MetricsCalculator() {}

    /** The Sharpe ratio of the curve's per-bar returns (no risk-free rate), annualised; null when flat. */
    public static Double sharpe(double[] equity, double barsPerYear) {
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
    public static Double sortino(double[] equity, double barsPerYear) {
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
    public static double[] drawdowns(double[] equity) {
        double[] drawdown = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++) {
            peak = Math.max(peak, equity[i]);
            drawdown[i] = equity[i] / peak - 1;
        }
        return drawdown;
    }

    /**
     * Why a run spanning {@code span} (first bar's open to last bar's close) gets no annualised return, or null if it gets one: a
     * two-day run compounded to a year turned 3% into 705,897,580,908,885,248%.
     */
    public static String annualisedOmitted(Duration span, Duration minimum) {
        if (span.compareTo(minimum) >= 0) {
            return null;
        }
        return "the backtest spans " + describe(span) + "; annualised figures need at least " + describe(minimum);
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

    /** Buy-and-hold equity paying what the strategy pays to enter: bought at the second bar's open, fee and slippage. */
    static double[] buyAndHoldWithCosts(PriceBars bars, Strategy strategy) {
        double[] equity = new double[bars.size()];
        equity[0] = strategy.initialCash();
        if (bars.size() < 2) {
            return equity;
        }
        // the strategy reads its first signal at a close and fills at the next open, so this holds from bar 1 too
        double fill = strategy.fillPrice(1, bars.open()[1]);
        double units = strategy.initialCash() / (fill * (1 + strategy.feeRate()));
        for (int i = 1; i < equity.length; i++) {
            equity[i] = units * bars.close()[i];
        }
        return equity;
    }

    static Metrics of(
            PriceBars bars, Simulation.Result run, Strategy strategy, double barsPerYear, Duration minAnnualisedSpan) {
        double[] equity = run.equity();
        int n = equity.length;
        double last = equity[n - 1];
        double total = last / strategy.initialCash() - 1;
        Duration span = Duration.ofMillis(bars.closeTimes()[n - 1] - bars.closeTimes()[0])
                .plus(bars.interval());
        String omitted = annualisedOmitted(span, minAnnualisedSpan);
        Double annualised =
                omitted != null ? null : n > 1 ? Math.pow(last / strategy.initialCash(), barsPerYear / (n - 1)) - 1 : 0;
        double buyAndHold = bars.close()[n - 1] / bars.close()[0] - 1;
        double[] buyAndHoldWithCosts = buyAndHoldWithCosts(bars, strategy);

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
                omitted,
                buyAndHold,
                buyAndHoldWithCosts[n - 1] / strategy.initialCash() - 1,
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
