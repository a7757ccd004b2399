package com.maritimealphaflow.dashboard.backtest.luck;

/**
 * The probability of backtest overfitting: the share of the {@code splits} in-sample/out-of-sample splits of
 * {@code blocks} row blocks in which the in-sample best of the {@code cells} cells ranked at or below the median out of
 * sample, with the splits' logits for a chart.
 */
public record OverfittingProbability(double probability, int splits, int blocks, int cells, LogitHistogram logits) {}
