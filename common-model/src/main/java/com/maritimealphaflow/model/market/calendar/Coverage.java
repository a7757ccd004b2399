package com.maritimealphaflow.model.market.calendar;

import java.time.Instant;

/** A range {@code [from, to)} a source was asked for in full: a hole inside it is no trading, not missing data. */
public record Coverage(Instant from, Instant to) {}
