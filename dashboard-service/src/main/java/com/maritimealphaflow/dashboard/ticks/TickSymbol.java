package com.maritimealphaflow.dashboard.ticks;

import java.time.Instant;

/**
 * A symbol the tick pipeline has windows of, with its state after its last window.
 *
 * @param secType {@code E} equity, {@code I} index, or empty when the source does not say
 * @param windows how many windows with events it has
 * @param lastBreakoutKind the kind of its latest breakout, null when it has none
 * @param lastBreakoutWindow the window end of its latest breakout
 */
record TickSymbol(
        String symbol,
        String secType,
        double lastClose,
        double ema38,
        double ema100,
        long windows,
        Instant firstWindow,
        Instant lastWindow,
        String lastBreakoutKind,
        Instant lastBreakoutWindow) {}
