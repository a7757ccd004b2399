package com.maritimealphaflow.model.market.calendar;

import java.time.Instant;

/**
 * Two consecutive stored bars further apart than one interval, or the edges of a range: no bar starts strictly
 * between {@code after} and {@code before}. {@code after} is null at the start of the range, {@code before} at its end.
 */
public record Hole(Instant after, Instant before) {}
