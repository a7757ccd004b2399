package com.maritimealphaflow.dashboard.backtest.engine;

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

    static Result run(PriceBars bars, MovingAverages averages, Strategy strategy, boolean recordTrades) {
        List<Trade> trades = recordTrades ? new ArrayList<>() : null;
        int n = bars.size();
        double[] equity = new double[n];
        long intervalMillis = bars.interval().toMillis();
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
                    double fill = strategy.fillPrice(-position, price);
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
                    double fill = strategy.fillPrice(target, price);
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
            equity[i] = cash + quantity * bars.close()[i];
            if (averages.defined(i, strategy.slow())) {
                double spread = averages.spread(i, strategy.fast(), strategy.slow());
                // equal averages keep the position: no signal, no trade
                if (spread > 0) {
                    target = 1;
                } else if (spread < 0) {
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
        return new Result(equity, exposed, fees, trades);
    }
}
