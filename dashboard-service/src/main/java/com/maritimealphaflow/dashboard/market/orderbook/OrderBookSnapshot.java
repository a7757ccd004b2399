package com.maritimealphaflow.dashboard.market.orderbook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The latest snapshot of an instrument's order book: its top levels per side, best first, with running totals, and
 * its top of book (see {@link TopOfBook}, which also says what is null when). Decimals are JSON numbers with the exact
 * digits stored (no binary rounding on the server).
 *
 * @param depth the depth that was asked of the exchange
 * @param bidLevels how many bid levels the snapshot has; {@code bids} gives at most {@code levels} of them
 * @param askLevels how many ask levels the snapshot has
 * @param levels the most levels per side given, as asked for or defaulted
 */
record OrderBookSnapshot(
        String source,
        String symbol,
        Instant time,
        long lastUpdateId,
        int depth,
        int bidLevels,
        int askLevels,
        int levels,
        BigDecimal bestBid,
        BigDecimal bestAsk,
        BigDecimal spread,
        BigDecimal mid,
        BigDecimal spreadBps,
        boolean crossed,
        List<BookLevel> bids,
        List<BookLevel> asks) {

    static OrderBookSnapshot of(SnapshotKey key, int levels, List<PriceLevel> bids, List<PriceLevel> asks) {
        TopOfBook top = TopOfBook.of(
                bids.isEmpty() ? null : bids.get(0).price(),
                asks.isEmpty() ? null : asks.get(0).price());
        return new OrderBookSnapshot(
                key.source(),
                key.symbol(),
                key.time(),
                key.lastUpdateId(),
                key.depth(),
                key.bidLevels(),
                key.askLevels(),
                levels,
                top.bestBid(),
                top.bestAsk(),
                top.spread(),
                top.mid(),
                top.spreadBps(),
                top.crossed(),
                BookLevel.cumulative(bids),
                BookLevel.cumulative(asks));
    }
}
