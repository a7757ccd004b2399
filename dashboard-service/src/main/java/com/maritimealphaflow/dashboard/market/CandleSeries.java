package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;

/** The series a candles request reads: one source's bars of a symbol, adjusted or not, on its market's calendar. */
record CandleSeries(String source, String symbol, boolean adjusted, MarketCalendar calendar) {

    /** This series at an interval, as {@code market_bar}'s key without the time. */
    Object[] key(BarInterval interval) {
        return new Object[] {symbol, interval.key(), source, adjusted};
    }
}
