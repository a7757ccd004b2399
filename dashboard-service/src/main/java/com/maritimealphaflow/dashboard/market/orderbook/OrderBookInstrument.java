package com.maritimealphaflow.dashboard.market.orderbook;

import java.time.Instant;

/** A (source, symbol) pair with stored order book snapshots. */
record OrderBookInstrument(String source, String symbol, long snapshots, Instant firstSnapshot, Instant lastSnapshot) {}
