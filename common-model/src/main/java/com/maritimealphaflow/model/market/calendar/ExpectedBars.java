package com.maritimealphaflow.model.market.calendar;

import com.maritimealphaflow.model.market.BarInterval;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How many bars should start in a time range, and the first and last of them (null when none). Intraday bars are
 * aligned to multiples of their length since the epoch (every US time zone offset is a whole number of hours, so
 * 09:30 New York is a minute and a 5-minute boundary in UTC too); one is expected when it overlaps a session, so an
 * hourly bar starting 09:00 counts for the 09:30 open. A daily bar starts at midnight of a trading day in the
 * calendar's zone.
 */
public record ExpectedBars(long count, Instant first, Instant last) {

    public static final ExpectedBars NONE = new ExpectedBars(0, null, null);

    public boolean none() {
        return count == 0;
    }

    static ExpectedBars bySessions(MarketCalendar calendar, BarInterval interval, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return NONE;
        }
        LocalDate firstDay = LocalDate.ofInstant(from, calendar.zone());
        LocalDate lastDay = LocalDate.ofInstant(to.minusMillis(1), calendar.zone());
        long step = interval.length().toMillis();
        long count = 0;
        long first = Long.MIN_VALUE;
        long last = Long.MIN_VALUE;
        long lo = ceil(from.toEpochMilli(), step);
        long hi = floor(to.toEpochMilli() - 1, step);
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            var session = calendar.session(day);
            if (session.isEmpty()) {
                continue;
            }
            long start;
            long end;
            if (interval.daily()) {
                start = day.atStartOfDay(calendar.zone()).toInstant().toEpochMilli();
                if (start < from.toEpochMilli() || start >= to.toEpochMilli()) {
                    continue;
                }
                end = start;
                count++;
            } else {
                start = Math.max(floor(session.get().open().toEpochMilli(), step), lo);
                end = Math.min(floor(session.get().close().toEpochMilli() - 1, step), hi);
                if (start > end) {
                    continue;
                }
                count += (end - start) / step + 1;
            }
            if (first == Long.MIN_VALUE) {
                first = start;
            }
            last = end;
        }
        return count == 0 ? NONE : new ExpectedBars(count, Instant.ofEpochMilli(first), Instant.ofEpochMilli(last));
    }

    static long floor(long millis, long step) {
        return Math.floorDiv(millis, step) * step;
    }

    static long ceil(long millis, long step) {
        return -Math.floorDiv(-millis, step) * step;
    }
}
