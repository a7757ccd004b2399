package com.maritimealphaflow.dashboard.backtest.luck;

/** A statistic of the original series and the bootstrap's percentile interval around it. */
public record Interval(double sample, double lower, double upper) {

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }
}
