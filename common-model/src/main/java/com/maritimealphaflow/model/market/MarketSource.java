package com.maritimealphaflow.model.market;

import java.util.Arrays;
import java.util.Optional;

/** Where bars come from; the key is the {@code source} column of the market tables and of {@code ingestion_log}. */
public enum MarketSource {
    BINANCE("binance", Market.CRYPTO),
    POLYGON("polygon", Market.US_EQUITIES),
    ALPACA("alpaca", Market.US_EQUITIES),
    /** Files; their market (and so calendar) is given with each import. */
    CSV("csv", Market.US_EQUITIES);

    private final String key;
    private final Market market;

    MarketSource(String key, Market market) {
        this.key = key;
        this.market = market;
    }

    public String key() {
        return key;
    }

    /** The market of what this source sells: crypto for Binance, US equities for the stock APIs. */
    public Market market() {
        return market;
    }

    public static Optional<MarketSource> parse(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
