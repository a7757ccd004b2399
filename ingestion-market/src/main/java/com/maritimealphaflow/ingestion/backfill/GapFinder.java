package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.market.bars.Coverage;
import com.maritimealphaflow.ingestion.market.bars.Hole;
import com.maritimealphaflow.ingestion.market.calendar.ExpectedBars;
import com.maritimealphaflow.ingestion.market.calendar.MarketCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What is missing of a series in a range: leading, trailing and interior gaps. The database gives the holes between
 * stored bars (only the holes leave it, not a year of bars); each hole, less the ranges already fetched in full,
 * is checked against the market's calendar, so that nights, weekends and holidays of a stock are not gaps while any
 * missing minute of a crypto pair is.
 */
@Component
public class GapFinder {

    private final BarStore store;

    public GapFinder(BarStore store) {
        this.store = store;
    }

    public List<Gap> find(BarSeries series, MarketCalendar calendar, Instant from, Instant to) {
        List<Coverage> covered = merge(store.coverage(series, from, to));
        List<Gap> gaps = new ArrayList<>();
        for (Hole hole : store.holes(series, from, to)) {
            // a bar's start is a whole millisecond: one past a stored bar is where the next may start
            Instant lo = hole.after() == null ? from : hole.after().plusMillis(1);
            Instant hi = hole.before() == null ? to : hole.before();
            for (Coverage piece : subtract(lo, hi, covered)) {
                ExpectedBars expected = calendar.expected(series.interval(), piece.from(), piece.to());
                if (!expected.none()) {
                    gaps.add(new Gap(expected.first(), end(series, calendar, expected.last()), expected.count()));
                }
            }
        }
        return gaps;
    }

    private static Instant end(BarSeries series, MarketCalendar calendar, Instant lastStart) {
        if (series.interval().daily()) {
            LocalDate day = LocalDate.ofInstant(lastStart, calendar.zone());
            return day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        }
        return lastStart.plus(series.interval().length());
    }

    /** Overlapping or touching ranges joined; input sorted by start. */
    static List<Coverage> merge(List<Coverage> ranges) {
        List<Coverage> merged = new ArrayList<>();
        for (Coverage range : ranges) {
            if (!merged.isEmpty()
                    && !range.from().isAfter(merged.get(merged.size() - 1).to())) {
                Coverage last = merged.remove(merged.size() - 1);
                merged.add(new Coverage(last.from(), range.to().isAfter(last.to()) ? range.to() : last.to()));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** {@code [lo, hi)} less the merged, sorted ranges. */
    static List<Coverage> subtract(Instant lo, Instant hi, List<Coverage> covered) {
        List<Coverage> left = new ArrayList<>();
        Instant cursor = lo;
        for (Coverage range : covered) {
            if (!range.to().isAfter(cursor)) {
                continue;
            }
            if (!range.from().isBefore(hi)) {
                break;
            }
            if (range.from().isAfter(cursor)) {
                left.add(new Coverage(cursor, range.from()));
            }
            cursor = range.to();
            if (!cursor.isBefore(hi)) {
                return left;
            }
        }
        if (cursor.isBefore(hi)) {
            left.add(new Coverage(cursor, hi));
        }
        return left;
    }
}
