package com.maritimealphaflow.dashboard.pairs.backtest;

/**
 * The rules and costs of one pairs backtest.
 *
 * <p>{@code zWindow} spreads, bar t's own included, give the z-score at t. Thresholds are on z: enter when
 * {@code entryZ ≤ |z| < stopZ} (short the spread on positive z, long on negative), take profit when z has come back to
 * {@code exitZ} on the entry's side or crossed over (short: z ≤ exitZ; long: z ≥ −exitZ), stop out when it has run to
 * {@code stopZ} against the position (short: z ≥ stopZ; long: z ≤ −stopZ), and leave after {@code maxHoldingBars}
 * bars whatever z says. {@code stopZ} may be {@link Double#POSITIVE_INFINITY} for no stop, {@code maxHoldingBars}
 * {@link Integer#MAX_VALUE} for no limit.
 *
 * <p>Fees and slippage are in basis points of each leg's traded notional; slippage moves every fill against the
 * trader. {@code initialCapital} is the equity at the start; each entry puts half of the equity of the moment into
 * each leg (see {@link PairBacktest}).
 */
public record PairSettings(
        Hedge hedge,
        int zWindow,
        double entryZ,
        double exitZ,
        double stopZ,
        int maxHoldingBars,
        double feeBps,
        double slippageBps,
        double initialCapital) {

    public PairSettings {
        if (hedge == null) {
            throw new IllegalArgumentException("a hedge (fixed or rolling) is required");
        }
        if (zWindow < 2) {
            throw new IllegalArgumentException("the z-score window must be at least 2 bars, got " + zWindow);
        }
        if (!(entryZ > 0) || Double.isInfinite(entryZ)) {
            throw new IllegalArgumentException("entryZ must be finite and positive, got " + entryZ);
        }
        if (!(exitZ >= 0 && exitZ < entryZ)) {
            throw new IllegalArgumentException(
                    "exitZ must be at least 0 and below entryZ (" + entryZ + "), got " + exitZ);
        }
        if (!(stopZ > entryZ)) {
            throw new IllegalArgumentException("stopZ must be above entryZ (" + entryZ + "), got " + stopZ);
        }
        if (maxHoldingBars < 1) {
            throw new IllegalArgumentException("maxHoldingBars must be at least 1, got " + maxHoldingBars);
        }
        if (!(feeBps >= 0) || Double.isInfinite(feeBps)) {
            throw new IllegalArgumentException("feeBps must be finite and non-negative, got " + feeBps);
        }
        if (!(slippageBps >= 0 && slippageBps < 10_000)) {
            throw new IllegalArgumentException("slippageBps must be in [0, 10000), got " + slippageBps);
        }
        if (!(initialCapital > 0) || Double.isInfinite(initialCapital)) {
            throw new IllegalArgumentException("initialCapital must be finite and positive, got " + initialCapital);
        }
    }

    double feeRate() {
        return feeBps / 10_000;
    }

    /** The price an order on {@code side} (+1 buys, −1 sells) fills at. */
    double fillPrice(int side, double price) {
        return price * (1 + side * slippageBps / 10_000);
    }

    public PairSettings withHedge(Hedge newHedge) {
        return new PairSettings(
                newHedge, zWindow, entryZ, exitZ, stopZ, maxHoldingBars, feeBps, slippageBps, initialCapital);
    }

    public PairSettings withInitialCapital(double capital) {
        return new PairSettings(hedge, zWindow, entryZ, exitZ, stopZ, maxHoldingBars, feeBps, slippageBps, capital);
    }
}
