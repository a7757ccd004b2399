package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.Metrics;
import com.maritimealphaflow.dashboard.backtest.engine.Trade;
import java.util.List;

/**
 * One backtest's result: curves aligned with {@code times} (bar closes, epoch milliseconds; one point per
 * {@code barsPerPoint} bars when the request asked for fewer points), the trades and the metrics, with the inputs as
 * resolved (defaults filled in, the bars' source chosen). {@code buyAndHold} holds from the first close without costs;
 * {@code buyAndHoldWithCosts} buys at the second bar's open, as the strategy's first trade could, paying the fee and
 * the slippage once.
 */
record BacktestResponse(
        String symbol,
        String interval,
        String source,
        boolean adjusted,
        String calendar,
        String category,
        String signal,
        int fast,
        int slow,
        String mode,
        double fee,
        double slippage,
        double initialCash,
        int barsPerPoint,
        long[] times,
        double[] equity,
        double[] buyAndHold,
        double[] buyAndHoldWithCosts,
        double[] drawdown,
        List<Trade> trades,
        Metrics metrics) {}
