package com.maritimealphaflow.dashboard.backtest;

import java.time.Instant;

/**
 * A grid search over fast and slow SMA lengths. Absent fields take the defaults: fast 2–50, slow 5–200, objective
 * {@code sharpe} (or {@code totalReturn}), validation {@code holdout} with 70% of the bars in-sample, or
 * {@code walk-forward} with 4 folds; costs and mode as for one backtest. {@code blocks} (even, 2..20; 16 or as many as the
 * in-sample bars allow) and {@code seed} (42) set how luck is measured ({@link LuckSettings}).
 */
record OptimizationRequest(
        String symbol,
        String interval,
        Instant from,
        Instant to,
        String category,
        String mode,
        Double fee,
        Double slippage,
        Double initialCash,
        Integer fastMin,
        Integer fastMax,
        Integer slowMin,
        Integer slowMax,
        String objective,
        String validation,
        Double inSampleFraction,
        Integer folds,
        RegionSignal region,
        Integer blocks,
        Long seed) {

    BacktestRequest asBacktest() {
        return new BacktestRequest(
                symbol, interval, from, to, category, 2, 3, mode, fee, slippage, initialCash, null, region);
    }
}
