package com.maritimealphaflow.model.ticks;

/** A crossover of EMA38 and EMA100 in a window; {@code lastEventTime} is the window's last event, epoch milliseconds. */
public record Breakout(
        String symbol,
        long windowEnd,
        BreakoutKind kind,
        long lastEventTime,
        double close,
        double ema38,
        double ema100) {}
