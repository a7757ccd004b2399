package com.maritimealphaflow.dashboard.ticks;

import java.util.List;

/** The symbols matching a search: those starting with it first, then those containing it, each group by name. */
record SymbolSearch(String q, List<TickSymbol> symbols) {}
