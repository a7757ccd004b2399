package com.maritimealphaflow.dashboard.pipeline;

/**
 * A notice at the top of the pages about the data behind them.
 *
 * @param level {@code info}, {@code warning} or {@code danger}
 * @param code what it is about: {@code no-batches}, {@code simulator}, {@code feed-silent}, {@code batch-failed},
 *     {@code rows-abandoned}
 */
public record Banner(String level, String code, String message) {}
