package com.maritimealphaflow.ingestion.market.bars;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One OHLCV bar as a source sent it. Prices and volume stay decimals: Binance sends them as strings with eight
 * decimals, and a double would change the last digits.
 *
 * @param time the start of the bar
 * @param trades number of trades, when the source says
 * @param vwap volume-weighted average price, when the source says
 */
public record Bar(
        Instant time,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume,
        Long trades,
        BigDecimal vwap) {

    /** What is wrong with the bar's values, or null when they hang together. */
    public String problem() {
        if (time == null || open == null || high == null || low == null || close == null || volume == null) {
            return "missing_field";
        }
        if (volume.signum() < 0 || low.signum() < 0) {
            return "negative_value";
        }
        if (high.compareTo(low) < 0
                || high.compareTo(open) < 0
                || high.compareTo(close) < 0
                || low.compareTo(open) > 0
                || low.compareTo(close) > 0) {
            return "inconsistent_ohlc";
        }
        return null;
    }
}
