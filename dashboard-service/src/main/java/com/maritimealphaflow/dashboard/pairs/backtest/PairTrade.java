package com.maritimealphaflow.dashboard.pairs.backtest;

/**
 * One round trip of the spread. {@code side} is +1 for long the spread (long Y, short X) and −1 for short (short Y,
 * long X). Quantities are signed units (negative is short); prices are fills, slippage included. {@code fees} is both
 * legs at entry and exit, and {@code pnl} is net of them; {@code returnPct} is pnl over the equity committed at entry.
 * Times are epoch milliseconds: a fill at a bar's open is stamped with that bar's open (its close time less the
 * interval), an {@link ExitReason#END} exit with the last bar's close. {@code barsHeld} counts the bars the position
 * was held through, entry bar included.
 */
public record PairTrade(
        int side,
        long entryTime,
        long exitTime,
        double entryPriceY,
        double entryPriceX,
        double exitPriceY,
        double exitPriceX,
        double quantityY,
        double quantityX,
        double fees,
        double pnl,
        double returnPct,
        int barsHeld,
        ExitReason exitReason) {

    /** Why a position was closed. */
    public enum ExitReason {
        /** z came back to the exit threshold. */
        EXIT,
        /** z ran to the stop threshold against the position. */
        STOP,
        /** the position reached the maximum holding period. */
        TIME,
        /** the data ended: closed at the last bar's close, with costs. */
        END
    }
}
