package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.model.market.BarInterval;
import java.time.Instant;

/**
 * One stored series of bars: (source, symbol, interval, adjusted) with its instrument's market and name (when the
 * source lists it), its first and last bar, and, where counted, how many bars it holds and how many are rollups.
 */
public record StoredSeries(
        String symbol,
        String interval,
        String source,
        boolean adjusted,
        String market,
        String name,
        Instant firstBar,
        Instant lastBar,
        Long bars,
        Long rollups) {

    /** The end of the last bar: where a range covering the whole series ends. */
    public Instant end() {
        return BarInterval.parse(interval).map(i -> lastBar.plus(i.length())).orElse(lastBar);
    }
}
