package com.maritimealphaflow.dashboard.backtest;

import java.time.Instant;

/**
 * What to backtest. Absent optional fields take the defaults: category {@code total}, mode {@code long-only}, fee and
 * slippage 0.1% each (as fractions, 0.001), initial cash 100,000; the signal is the vessel counts of every window
 * unless {@code region} names a region's series. {@code maxPoints}, if given, thins the curves to about
 * that many points for a chart (the metrics and trades still use every bar); absent, every bar is answered.
 */
record BacktestRequest(
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
        Double initialCash,
        Integer maxPoints,
        RegionSignal region) {

    /** The same request answered with every bar: downloads are data, not charts. */
    BacktestRequest everyBar() {
        return new BacktestRequest(
                symbol, interval, from, to, category, fast, slow, mode, fee, slippage, initialCash, null, region);
    }
}
