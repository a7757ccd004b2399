package com.maritimealphaflow.dashboard.pairs;

import java.util.List;

/** A page of a screen's pairs, in the order asked for; {@code total} counts every pair the filter matches. */
public record PairPage(long screenId, long total, int offset, int limit, List<PairRow> pairs) {}
