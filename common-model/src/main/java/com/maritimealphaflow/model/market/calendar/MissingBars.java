package com.maritimealphaflow.model.market.calendar;

import com.maritimealphaflow.model.market.BarInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is missing of a series in a range, from the holes between its stored bars and the ranges already fetched in
 * full: each hole, less those ranges, is checked against the market's calendar, so that nights, weekends and holidays
 * of a stock are not gaps while any missing minute of a crypto pair is. The holes come from the database (only they
 * leave it, not a year of bars); this is the part that needs no database.
 */
public final class MissingBars {

    private MissingBars() {}

    /**
     * @param holes sorted, the edges of the range included ({@code after} null at the start, {@code before} at the end)
     * @param covered ranges fetched in full, sorted by start
     */
    public static List<Gap> find(
            BarInterval interval,
            MarketCalendar calendar,
            List<Hole> holes,
            List<Coverage> covered,
            Instant from,
            Instant to) {
        List<Coverage> merged = merge(covered);
        List<Gap> gaps = new ArrayList<>();
        for (Hole hole : holes) {
            // a bar's start is a whole millisecond: one past a stored bar is where the next may start
            Instant lo = hole.after() == null ? from : hole.after().plusMillis(1);
            Instant hi = hole.before() == null ? to : hole.before();
            for (Coverage piece : subtract(lo, hi, merged)) {
                ExpectedBars expected = calendar.expected(interval, piece.from(), piece.to());
                if (!expected.none()) {
                    gaps.add(new Gap(expected.first(), end(interval, calendar, expected.last()), expected.count()));
                }
            }
        }
        return gaps;
    }

    private static Instant end(BarInterval interval, MarketCalendar calendar, Instant lastStart) {
        if (interval.daily()) {
            LocalDate day = LocalDate.ofInstant(lastStart, calendar.zone());
            return day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        }
        return lastStart.plus(interval.length());
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
