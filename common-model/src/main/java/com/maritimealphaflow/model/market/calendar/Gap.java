package com.maritimealphaflow.model.market.calendar;

import java.time.Instant;

/**
 * A run of missing bars: the first starts at {@code from}, the last ends by {@code to}; {@code expectedBars} is how
 * many the calendar says should be there.
 */
public record Gap(Instant from, Instant to, long expectedBars) {}
