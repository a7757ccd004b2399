package com.maritimealphaflow.dashboard.market.orderbook;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One snapshot's top of book, computed in SQL as {@link TopOfBook} computes it: spread, mid and spread in basis points
 * are null when a side is empty or the book is crossed.
 *
 * @param bidDepth the summed quantity of the top levels of bids (as many as the history's {@code levels}); null
 *     when there are none
 * @param askDepth the same of asks
 */
record HistoryPoint(
        Instant time,
        long lastUpdateId,
        BigDecimal bestBid,
        BigDecimal bestAsk,
        BigDecimal spread,
        BigDecimal mid,
        BigDecimal spreadBps,
        boolean crossed,
        BigDecimal bidDepth,
        BigDecimal askDepth) {}
