package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.TrendWindow;

/**
 * A window applied to a symbol's state: the window as stored in {@code tick_window}, and what {@code tick_symbol} needs
 * besides it.
 *
 * @param firstWindowEnd end of the symbol's first window with events, epoch milliseconds
 * @param windows how many windows with events the symbol has had, this one included
 */
// public: Flink serializes only public records as POJOs (else with Kryo, slower)
public record TrendUpdate(TrendWindow window, long firstWindowEnd, long windows) {}
