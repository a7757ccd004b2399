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
 * @see PlausibleBars whether it may be stored
 */
public record Bar(
        Instant time,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume,
        Long trades,
        BigDecimal vwap) {}
