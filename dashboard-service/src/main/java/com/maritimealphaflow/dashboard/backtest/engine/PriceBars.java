package com.maritimealphaflow.dashboard.backtest.engine;

import java.time.Duration;

/**
 * Price bars in time order as parallel arrays, the layout the simulation loops over. {@code closeTimes} are the
 * instants (epoch milliseconds) each bar closed: its start plus the interval.
 */
public record PriceBars(long[] closeTimes, double[] open, double[] close, Duration interval) {

    public PriceBars {
        if (closeTimes.length != open.length || open.length != close.length) {
            throw new IllegalArgumentException("bar arrays differ in length");
        }
    }

    public int size() {
        return close.length;
    }
}
