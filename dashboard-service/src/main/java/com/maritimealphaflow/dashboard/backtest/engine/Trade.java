package com.maritimealphaflow.dashboard.backtest.engine;

/**
 * One round trip. Prices are fills (slippage included); {@code pnl} is net of both legs' fees. An {@code open} trade
 * was still held at the end of the data and is marked at the last close, without exit costs.
 */
public record Trade(
        int direction,
        long entryTime,
        double entryPrice,
        long exitTime,
        double exitPrice,
        double quantity,
        double fees,
        double pnl,
        double returnPct,
        boolean open) {}
