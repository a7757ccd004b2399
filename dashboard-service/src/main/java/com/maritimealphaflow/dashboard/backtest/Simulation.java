package com.maritimealphaflow.dashboard.backtest;

import java.util.ArrayList;
import java.util.List;

/**
 * Trades one strategy over aligned bars. The signal is read at a bar's close and acted on at the next bar's open, so
 * no fill uses a price that was not yet known; equity is marked at every close. Each position takes the whole
 * equity; a reversal closes the old position before opening the new one.
 */
final class Simulation {

    private Simulation() {}

    /** Equity at each close, exposure, fees and (when {@code recordTrades}) the round trips. */
    record Result(double[] equity, int exposedBars, double fees, List<Trade> trades) {}

    /** Receives the equity at each bar's close, in order; lets the grid fold a curve without storing it. */
    interface Marks {
        void mark(int bar, double equity);
    }

    static Result run(PriceBars bars, MovingAverages averages, Strategy strategy, boolean recordTrades) {
        double[] equity = new double[bars.size()];
        List<Trade> trades = recordTrades ? new ArrayList<>() : null;
        double[] totals = run(bars, averages, strategy, trades, (bar, value) -> equity[bar] = value);
        return new Result(equity, (int) totals[0], totals[1], trades);
    }

    /** Trades the strategy, adding round trips to {@code trades} unless null; returns {exposed bars, fees}. */
    static double[] run(PriceBars bars, MovingAverages averages, Strategy strategy, List<Trade> trades, Marks marks) {
        int n = bars.size();
        long intervalMillis = bars.interval().toMillis();
        boolean recordTrades = trades != null;
        double cash = strategy.initialCash();
        double quantity = 0; // signed units held
        int position = 0;
        int target = 0;
        int exposed = 0;
        double fees = 0;
        double entryPrice = 0;
        double entryFee = 0;
        double entryEquity = 0;
        long entryTime = 0;
        for (int i = 0; i < n; i++) {
            if (target != position) {
                double price = bars.open()[i];
                long time = bars.closeTimes()[i] - intervalMillis;
                if (position != 0) {
                    double fill = position > 0 ? price * (1 - strategy.slippage()) : price * (1 + strategy.slippage());
                    double units = Math.abs(quantity);
                    double fee = units * fill * strategy.feeRate();
                    cash += quantity * fill - fee;
                    fees += fee;
                    if (recordTrades) {
                        double pnl = position * units * (fill - entryPrice) - entryFee - fee;
                        trades.add(new Trade(
                                position,
                                entryTime,
                                entryPrice,
                                time,
                                fill,
                                units,
                                entryFee + fee,
                                pnl,
                                pnl / entryEquity,
                                false));
                    }
                    quantity = 0;
                }
                if (target != 0) {
                    double fill = target > 0 ? price * (1 + strategy.slippage()) : price * (1 - strategy.slippage());
                    entryEquity = cash;
                    double units = cash / (fill * (1 + strategy.feeRate()));
                    entryFee = units * fill * strategy.feeRate();
                    quantity = target * units;
                    cash -= quantity * fill + entryFee;
                    fees += entryFee;
                    entryPrice = fill;
                    entryTime = time;
                }
                position = target;
            }
            if (position != 0) {
                exposed++;
            }
            marks.mark(i, cash + quantity * bars.close()[i]);
            if (averages.defined(i, strategy.slow())) {
                double fast = averages.sma(i, strategy.fast());
                double slow = averages.sma(i, strategy.slow());
                // equal averages keep the position: no signal, no trade
                if (fast > slow) {
                    target = 1;
                } else if (fast < slow) {
                    target = strategy.allowShort() ? -1 : 0;
                }
            }
        }
        if (recordTrades && position != 0 && n > 0) {
            double last = bars.close()[n - 1];
            double units = Math.abs(quantity);
            double pnl = position * units * (last - entryPrice) - entryFee;
            trades.add(new Trade(
                    position,
                    entryTime,
                    entryPrice,
                    bars.closeTimes()[n - 1],
                    last,
                    units,
                    entryFee,
                    pnl,
                    pnl / entryEquity,
                    true));
        }
        return new double[] {exposed, fees};
    }
}
