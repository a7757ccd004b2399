package com.maritimealphaflow.dashboard.backtest;

import java.time.Instant;

/**
 * What to backtest. Absent optional fields take the defaults: category {@code total}, mode {@code long-only}, fee and
 * slippage 0.1% each (as fractions, 0.001), initial cash 100,000.
 */
public record BacktestRequest(
        String symbol,
        String interval,
        Instant from,
        Instant to,
        String category,
        Integer fast,
        Integer slow,
        String mode,
        Double fee,
        Double slippage,
        Double initialCash) {}
