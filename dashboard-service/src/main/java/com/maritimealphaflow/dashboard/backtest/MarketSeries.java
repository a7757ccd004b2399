package com.maritimealphaflow.dashboard.backtest;

import com.maritimealphaflow.dashboard.backtest.engine.PriceBars;

/** Bars of one instrument read for a backtest, with where they came from and the market's calendar. */
record MarketSeries(String source, boolean adjusted, MarketCalendar calendar, PriceBars bars) {}
