package com.maritimealphaflow.dashboard.ticks;

import java.time.Instant;

/** One 5-minute window of a symbol: its close (last price by event time) and both EMAs after it. */
record TickWindow(Instant windowEnd, double close, double ema38, double ema100, Instant lastEventTime) {}
