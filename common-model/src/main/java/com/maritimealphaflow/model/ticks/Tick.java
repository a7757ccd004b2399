package com.maritimealphaflow.model.ticks;

/**
 * One price event of an instrument: a trade, or a quote update carrying a last price.
 *
 * @param symbol the instrument as its feed names it, e.g. {@code IEBBB.FR} (DEBS: symbol and exchange suffix) or
 *     {@code BTCUSDT}
 * @param secType {@code E} equity, {@code I} index, {@code C} crypto pair; informational
 * @param price the last price, always positive
 * @param eventTime when the event happened, epoch milliseconds UTC; windows follow this time, not arrival
 */
public record Tick(String symbol, String secType, double price, long eventTime) {}
