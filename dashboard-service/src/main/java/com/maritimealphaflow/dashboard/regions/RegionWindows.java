package com.maritimealphaflow.dashboard.regions;

/**
 * A region's series as a backtest reads it: the end of each derived window or period (epoch milliseconds, ascending)
 * and its value, zero where the aggregation service wrote no row for the region.
 */
public record RegionWindows(long[] ends, double[] values) {}
