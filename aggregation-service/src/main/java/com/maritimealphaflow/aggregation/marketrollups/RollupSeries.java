package com.maritimealphaflow.aggregation.marketrollups;

import java.time.ZoneId;

/**
 * One series of 1-minute bars and the zone its days follow: America/New_York for US equities (the exchange day, as
 * Polygon and Alpaca date their daily bars), UTC for crypto.
 */
record RollupSeries(String source, String symbol, boolean adjusted, ZoneId zone) {}
