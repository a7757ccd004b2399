package com.maritimealphaflow.model.ticks;

/** A window in which a symbol had events, with its close and both EMAs after it. Times are epoch milliseconds. */
public record TrendWindow(
        String symbol, String secType, long windowEnd, double close, long lastEventTime, double ema38, double ema100) {}
