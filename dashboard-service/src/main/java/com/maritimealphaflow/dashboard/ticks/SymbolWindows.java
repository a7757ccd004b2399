package com.maritimealphaflow.dashboard.ticks;

import java.time.Instant;
import java.util.List;

/**
 * A symbol's windows over a range, oldest first, and its breakouts among them.
 *
 * @param from the start of the range (inclusive) as asked for or defaulted
 * @param to the end of the range (exclusive)
 * @param lastWindow the end of the symbol's last window, whatever the range
 * @param truncated true when the range has more windows than the limit: these are its latest ones
 */
record SymbolWindows(
        String symbol,
        Instant from,
        Instant to,
        Instant lastWindow,
        boolean truncated,
        List<TickWindow> windows,
        List<Breakout> breakouts) {}
