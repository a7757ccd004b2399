package com.maritimealphaflow.dashboard.market.orderbook;

import java.time.Instant;

/**
 * A stored snapshot without its levels.
 *
 * @param depth the depth that was asked of the exchange
 * @param bidLevels how many bid levels are stored
 * @param askLevels how many ask levels are stored
 */
record SnapshotKey(
        String source, String symbol, long lastUpdateId, Instant time, int depth, int bidLevels, int askLevels) {}
