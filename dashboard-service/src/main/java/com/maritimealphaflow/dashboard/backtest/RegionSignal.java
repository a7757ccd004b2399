package com.maritimealphaflow.dashboard.backtest;

/**
 * A region's series as the signal of a backtest or an optimization, instead of the vessel counts of every window:
 * e.g. {@code {"id": 1, "metric": "transits", "interval": "1d", "direction": "ab"}} is Suez transits southbound per
 * day. The request's {@code category} applies to it. Absent {@code metric} is {@code present}, absent {@code interval}
 * {@code 1h}; {@code direction} is for transits only.
 */
record RegionSignal(Long id, String metric, String interval, String direction) {}
