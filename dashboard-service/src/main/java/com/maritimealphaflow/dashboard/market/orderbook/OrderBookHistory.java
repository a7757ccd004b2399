package com.maritimealphaflow.dashboard.market.orderbook;

import java.util.List;

/**
 * An instrument's last snapshots, oldest first.
 *
 * @param levels how many top levels per side the depths sum
 * @param limit the most snapshots given, as asked for or defaulted
 */
record OrderBookHistory(String source, String symbol, int levels, int limit, List<HistoryPoint> snapshots) {}
