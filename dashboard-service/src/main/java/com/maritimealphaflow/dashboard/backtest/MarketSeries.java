package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;
import com.maritimealphaflow.model.market.TradingCalendar;

/** Bars of one instrument read for a backtest, with where they came from and the market's calendar. */
public record MarketSeries(String source, boolean adjusted, TradingCalendar calendar, PriceBars bars) {}
