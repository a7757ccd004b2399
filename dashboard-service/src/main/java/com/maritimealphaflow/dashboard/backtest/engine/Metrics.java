package com.maritimealphaflow.dashboard.backtest.engine;

/**
 * What a backtest earned and risked. Ratios are fractions (0.05 is 5%). A metric without meaning for the run (Sharpe
 * of a flat curve, profit factor without a losing trade, win rate without trades) is {@code null}. The annualised
 * return is {@code null} when the run spans less than the minimum that compounding to a year needs, and
 * {@code annualisedOmitted} then says why (it is {@code null} otherwise). Sharpe and Sortino are kept for any span:
 * they scale the per-bar ratio by the square root of bars per year and do not explode on a short run.
 * {@code buyAndHoldWithCostsReturn} buys at the second bar's open, as the strategy's first trade could, paying one
 * fee and the slippage.
 */
public record Metrics(
        double totalReturn,
        Double annualisedReturn,
        String annualisedOmitted,
        double buyAndHoldReturn,
        double buyAndHoldWithCostsReturn,
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
