package com.maritimealphaflow.aggregation.regions.events;

/** One of a chokepoint's two ends. A transit from {@code A} to {@code B} has direction {@code ab}. */
public enum Gate {
    A,
    B
}
