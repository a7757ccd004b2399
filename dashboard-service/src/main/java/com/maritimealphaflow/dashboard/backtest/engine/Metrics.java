package com.maritimealphaflow.dashboard.backtest.engine;

/**
 * What a backtest earned and risked. Ratios are fractions (0.05 is 5%). A metric without meaning for the run (Sharpe
 * of a flat curve, profit factor without a losing trade, win rate without trades) is {@code null}.
 */
public record Metrics(
        double totalReturn,
        double annualisedReturn,
        double buyAndHoldReturn,
        Double sharpe,
        Double sortino,
        double maxDrawdown,
        long maxDrawdownDurationMillis,
        int maxDrawdownDurationBars,
        int trades,
        Double winRate,
        Double profitFactor,
        double exposure,
        double feesPaid,
        double barsPerYear) {}
