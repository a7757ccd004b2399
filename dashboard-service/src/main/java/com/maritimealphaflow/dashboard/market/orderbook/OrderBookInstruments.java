package com.maritimealphaflow.dashboard.market.orderbook;

import java.util.List;

/**
 * The instruments with order book snapshots, by symbol and source.
 *
 * @param truncated true when more pairs are stored than the list may give
 */
record OrderBookInstruments(List<OrderBookInstrument> instruments, boolean truncated) {}
