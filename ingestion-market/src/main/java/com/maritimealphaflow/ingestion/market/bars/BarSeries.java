package com.maritimealphaflow.ingestion.market.bars;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;

/**
 * The bars of one symbol from one source at one interval: the key of {@code market_bar} without the time.
 *
 * @param adjusted split- and dividend-adjusted prices (Polygon's {@code adjusted=true}, Alpaca's {@code all}); kept
 *     apart from the raw ones
 */
public record BarSeries(MarketSource source, String symbol, BarInterval interval, boolean adjusted) {

    @Override
    public String toString() {
        return source.key() + " " + symbol + " " + interval.key() + (adjusted ? " adjusted" : "");
    }
}
