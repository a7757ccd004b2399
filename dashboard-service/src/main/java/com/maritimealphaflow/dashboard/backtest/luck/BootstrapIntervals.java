package com.maritimealphaflow.dashboard.backtest.luck;

/**
 * What the stationary bootstrap of one strategy's per-bar returns gives: intervals for the compounded total return,
 * the annualised Sharpe ratio and the maximum drawdown (a non-positive fraction), and the share of resamples whose
 * Sharpe ratio is above zero.
 */
public record BootstrapIntervals(
        Interval totalReturn,
        Interval sharpe,
        Interval maxDrawdown,
        double probabilityPositiveSharpe,
        BootstrapSettings settings) {}
