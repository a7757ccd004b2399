package com.maritimealphaflow.dashboard.pairs.backtest;

/**
 * What a pairs backtest earned and risked, defined as the single-instrument engine's metrics are: ratios are
 * fractions, Sharpe and Sortino are of per-bar returns (no risk-free rate) scaled by √barsPerYear, a metric without
 * meaning for the run is {@code null}, and the annualised return is {@code null} for a run shorter than the minimum
 * span, with {@code annualisedOmitted} saying why. Buy-and-hold has no single meaning for a pair and is left out.
 */
public record PairMetrics(
        double totalReturn,
        Double annualisedReturn,
        String annualisedOmitted,
        Double sharpe,
        Double sortino,
        double maxDrawdown,
        long maxDrawdownDurationMillis,
        int maxDrawdownDurationBars,
        int trades,
        Double winRate,
        Double profitFactor,
        Double averageBarsHeld,
        double exposure,
        double feesPaid,
        double barsPerYear) {}
