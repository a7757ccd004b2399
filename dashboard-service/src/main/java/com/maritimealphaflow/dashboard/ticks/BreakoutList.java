package com.maritimealphaflow.dashboard.ticks;

import java.util.List;

/** Breakouts, latest window first. */
record BreakoutList(List<Breakout> breakouts) {}
