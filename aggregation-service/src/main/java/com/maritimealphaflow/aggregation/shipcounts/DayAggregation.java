package com.maritimealphaflow.aggregation.shipcounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import org.springframework.stereotype.Component;

/** Counts windows of one UTC day, then recomputes the rollups of their hours and of the day. */
@Component
class DayAggregation {

    private final WindowGrid grid;
    private final WindowCounts counts;
    private final Rollups rollups;

    DayAggregation(WindowGrid grid, WindowCounts counts, Rollups rollups) {
        this.grid = grid;
        this.counts = counts;
        this.rollups = rollups;
    }

    /** @param windows starts of windows on {@code day}; the caller holds the aggregation lock in a transaction */
    Aggregated aggregate(LocalDate day, SortedSet<Instant> windows) {
        int written = 0;
        for (WindowRange run : grid.runs(windows)) {
            written += counts.count(run);
        }
        int hours = rollups.rollUpHours(day, WindowGrid.hoursMask(windows));
        return new Aggregated(written, hours, rollups.rollUpDay(day));
    }
}
