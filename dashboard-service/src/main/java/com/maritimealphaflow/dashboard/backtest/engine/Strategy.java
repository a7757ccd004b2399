package com.maritimealphaflow.dashboard.backtest.engine;

/**
 * An SMA crossover on vessel counts and the costs of trading it. Fees and slippage are fractions of the traded
 * notional (0.001 is 0.1%).
 */
public record Strategy(int fast, int slow, boolean allowShort, double feeRate, double slippage, double initialCash) {

    public Strategy {
        if (fast < 2 || slow <= fast) {
            throw new IllegalArgumentException("need 2 <= fast < slow, got " + fast + ", " + slow);
        }
        if (feeRate < 0 || slippage < 0 || initialCash <= 0) {
            throw new IllegalArgumentException("costs must be non-negative and cash positive");
        }
    }

    /** The price an order on {@code side} (+1 buys, −1 sells) fills at: slippage always moves it against the trader. */
    double fillPrice(int side, double price) {
        return price * (1 + side * slippage);
    }

    public Strategy withLengths(int newFast, int newSlow) {
        return new Strategy(newFast, newSlow, allowShort, feeRate, slippage, initialCash);
    }
}
