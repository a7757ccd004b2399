package com.maritimealphaflow.model.market;

import java.util.Arrays;
import java.util.Optional;

/** Where bars come from; the key is the {@code source} column of the market tables and of {@code ingestion_log}. */
public enum MarketSource {
    BINANCE("binance", TradingCalendar.ALWAYS_OPEN),
    POLYGON("polygon", TradingCalendar.US_EQUITIES),
    ALPACA("alpaca", TradingCalendar.US_EQUITIES),
    /** Files; their market (and so calendar) is given with each import. */
    CSV("csv", TradingCalendar.US_EQUITIES);

    private final String key;
    private final TradingCalendar calendar;

    MarketSource(String key, TradingCalendar calendar) {
        this.key = key;
        this.calendar = calendar;
    }

    public String key() {
        return key;
    }

    /** The trading calendar of what this source sells: 24/7 crypto for Binance, NYSE hours for the stock APIs. */
    public TradingCalendar calendar() {
        return calendar;
    }

    public static Optional<MarketSource> parse(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
