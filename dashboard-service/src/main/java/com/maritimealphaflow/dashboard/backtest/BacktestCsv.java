package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.Metrics;
import com.maritimealphaflow.dashboard.backtest.engine.Trade;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * A backtest's and an optimization's results as CSV (RFC 4180 line ends): times in ISO-8601 UTC, returns and
 * drawdowns as fractions, an undefined value as an empty cell. Only numbers and fixed words, except the sentence saying why annualised
 * figures are omitted, which is quoted.
 */
final class BacktestCsv {

    private BacktestCsv() {}

    static String curves(BacktestResponse result) {
        StringBuilder csv = new StringBuilder(64 + result.times().length * 80);
        csv.append("bar_close,equity,buy_and_hold,drawdown\r\n");
        for (int i = 0; i < result.times().length; i++) {
            csv.append(Instant.ofEpochMilli(result.times()[i]))
                    .append(',')
                    .append(result.equity()[i])
                    .append(',')
                    .append(result.buyAndHold()[i])
                    .append(',')
                    .append(result.drawdown()[i])
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String trades(BacktestResponse result) {
        StringBuilder csv = new StringBuilder(128 + result.trades().size() * 160);
        csv.append("direction,entry_time,entry_price,exit_time,exit_price,quantity,fees,pnl,return,open\r\n");
        for (Trade trade : result.trades()) {
            csv.append(trade.direction() > 0 ? "long" : "short")
                    .append(',')
                    .append(Instant.ofEpochMilli(trade.entryTime()))
                    .append(',')
                    .append(trade.entryPrice())
                    .append(',')
                    .append(Instant.ofEpochMilli(trade.exitTime()))
                    .append(',')
                    .append(trade.exitPrice())
                    .append(',')
                    .append(trade.quantity())
                    .append(',')
                    .append(trade.fees())
                    .append(',')
                    .append(trade.pnl())
                    .append(',')
                    .append(trade.returnPct())
                    .append(',')
                    .append(trade.open())
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** One metric per line, then the inputs that produced them, so a saved file says what it measured. */
    static String metrics(BacktestResponse result) {
        Metrics m = result.metrics();
        StringBuilder csv = new StringBuilder(1024);
        csv.append("name,value\r\n");
        row(csv, "symbol", result.symbol());
        row(csv, "interval", result.interval());
        row(csv, "source", result.source());
        row(csv, "adjusted", result.adjusted());
        row(csv, "calendar", result.calendar());
        row(csv, "category", result.category());
        row(csv, "signal", result.signal() == null ? "vessels per window" : result.signal());
        row(csv, "fast", result.fast());
        row(csv, "slow", result.slow());
        row(csv, "mode", result.mode());
        row(csv, "fee", result.fee());
        row(csv, "slippage", result.slippage());
        row(csv, "initial_cash", result.initialCash());
        row(csv, "first_bar_close", Instant.ofEpochMilli(result.times()[0]));
        row(csv, "last_bar_close", Instant.ofEpochMilli(result.times()[result.times().length - 1]));
        row(csv, "total_return", m.totalReturn());
        row(csv, "annualised_return", m.annualisedReturn());
        row(csv, "annualised_omitted", quoted(m.annualisedOmitted()));
        row(csv, "buy_and_hold_return", m.buyAndHoldReturn());
        row(csv, "buy_and_hold_with_costs_return", m.buyAndHoldWithCostsReturn());
        row(csv, "sharpe", m.sharpe());
        row(csv, "sortino", m.sortino());
        row(csv, "max_drawdown", m.maxDrawdown());
        row(csv, "max_drawdown_duration_seconds", m.maxDrawdownDurationMillis() / 1000);
        row(csv, "max_drawdown_duration_bars", m.maxDrawdownDurationBars());
        row(csv, "trades", m.trades());
        row(csv, "win_rate", m.winRate());
        row(csv, "profit_factor", m.profitFactor());
        row(csv, "exposure", m.exposure());
        row(csv, "fees_paid", m.feesPaid());
        row(csv, "bars_per_year", m.barsPerYear());
        return csv.toString();
    }

    /**
     * The in-sample grid in long form, one (fast, slow) pair per line, the best cells marked with their rank; written
     * line by line to {@code csv}: built as one string first, a grid of a million pairs took 24 MB three times over.
     */
    static void grid(OptimizationResponse result, Writer csv) throws IOException {
        csv.append("fast,slow,in_sample_").append(result.objective()).append(",best_rank\r\n");
        for (int f = 0; f < result.fastValues().length; f++) {
            for (int s = 0; s < result.slowValues().length; s++) {
                Double value = result.inSample()[f][s];
                if (value == null && result.fastValues()[f] >= result.slowValues()[s]) {
                    continue;
                }
                csv.append(Integer.toString(result.fastValues()[f]))
                        .append(',')
                        .append(Integer.toString(result.slowValues()[s]))
                        .append(',')
                        .append(value == null ? "" : value.toString())
                        .append(',')
                        .append(rank(result, result.fastValues()[f], result.slowValues()[s]))
                        .append("\r\n");
            }
        }
        csv.flush();
    }

    /**
     * How likely the optimization's best cell is luck, one {@code name,value} row per figure; a figure that could not
     * be measured is an empty cell. Readings and notes are left to the JSON: they hold commas.
     */
    static String luck(OptimizationResponse result) {
        OptimizationResponse.Luck luck = result.luck();
        StringBuilder csv = new StringBuilder(1024);
        csv.append("name,value\r\n");
        row(csv, "in_sample_returns", luck.inSampleReturns());
        row(csv, "cells_tried", luck.cellsTried());
        row(csv, "best_fast", luck.bestFast());
        row(csv, "best_slow", luck.bestSlow());
        row(csv, "dsr", luck.dsr());
        row(csv, "psr", luck.psr());
        row(csv, "sharpe_variance_per_bar", luck.sharpeVariance());
        row(csv, "benchmark_sharpe_per_bar", luck.benchmarkSharpe());
        row(csv, "pbo", luck.pbo());
        row(csv, "blocks", luck.blocks());
        row(csv, "splits", luck.splits());
        OptimizationResponse.Bootstrap bootstrap = luck.bootstrap();
        row(csv, "bootstrap_fast", bootstrap == null ? null : bootstrap.fast());
        row(csv, "bootstrap_slow", bootstrap == null ? null : bootstrap.slow());
        row(csv, "bootstrap_returns", bootstrap == null ? null : bootstrap.returns());
        row(csv, "bootstrap_resamples", bootstrap == null ? null : bootstrap.resamples());
        row(csv, "bootstrap_seed", bootstrap == null ? null : bootstrap.seed());
        interval(csv, "total_return", bootstrap == null ? null : bootstrap.totalReturn());
        interval(csv, "sharpe", bootstrap == null ? null : bootstrap.sharpe());
        interval(csv, "max_drawdown", bootstrap == null ? null : bootstrap.maxDrawdown());
        row(csv, "p_sharpe_positive", bootstrap == null ? null : bootstrap.probabilityPositiveSharpe());
        return csv.toString();
    }

    private static void interval(StringBuilder csv, String name, OptimizationResponse.Interval interval) {
        row(csv, "oos_" + name, interval == null ? null : interval.sample());
        row(csv, "oos_" + name + "_lower", interval == null ? null : interval.lower());
        row(csv, "oos_" + name + "_upper", interval == null ? null : interval.upper());
    }

    private static String rank(OptimizationResponse result, int fast, int slow) {
        for (int i = 0; i < result.best().size(); i++) {
            if (result.best().get(i).fast() == fast && result.best().get(i).slow() == slow) {
                return Integer.toString(i + 1);
            }
        }
        return "";
    }

    /** A sentence as one quoted cell, so a comma in it can never split the row; null stays an empty cell. */
    private static String quoted(String text) {
        return text == null ? null : '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void row(StringBuilder csv, String name, Object value) {
        csv.append(name).append(',').append(value == null ? "" : value).append("\r\n");
    }
}
