package com.maritimealphaflow.dashboard.research.leadlag;

/** The deterministic terms in a Dickey-Fuller or Engle-Granger regression. */
public enum UnitRootDeterministics {
    /** An intercept: the alternative is stationarity around a constant mean. */
    CONSTANT,
    /** An intercept and a linear time trend: the alternative is stationarity around a trend. */
    CONSTANT_AND_TREND
}
