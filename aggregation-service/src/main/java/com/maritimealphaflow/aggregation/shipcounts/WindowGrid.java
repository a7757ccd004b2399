package com.maritimealphaflow.aggregation.shipcounts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Interval-aligned windows of report time: each starts at a multiple of the window length since the epoch (12:00,
 * 12:05, …), as the ingestion service's batches do, so every instance and every batch agrees on them. The length
 * divides a day (checked in the properties), so a window never straddles midnight and belongs to the UTC hour and day
 * it starts in.
 */
record WindowGrid(Duration length) {

    private static final Duration DAY = Duration.ofDays(1);

    Instant floor(Instant time) {
        long ms = length.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), ms) * ms);
    }

    private Instant ceil(Instant time) {
        Instant floor = floor(time);
        return floor.equals(time) ? floor : floor.plus(length);
    }

    static LocalDate dayOf(Instant time) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }

    static int hourOf(Instant time) {
        return time.atOffset(ZoneOffset.UTC).getHour();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The windows a batch covers: every window overlapping the time ingestion ran, and every window overlapping its
     * report times, as ranges merged where they overlap or touch. The two are not bridged: a replay of last month's
     * file run today covers last month's windows and today's, not the weeks between, which it knows nothing about.
     * A batch that ends exactly on a window boundary does not cover the window that starts there.
     *
     * <p>The running time counts for at most one window length: a batch lasts one interval at most, and a longer
     * span means the ingestion service died and its batch was closed at the next start-up, possibly days later. Those
     * days saw no ingestion and get no rows of zeros.
     */
    List<WindowRange> covered(BatchSpan span) {
        List<WindowRange> ranges = new ArrayList<>(2);
        if (span.listened()) {
            ranges.add(ranOver(span));
        }
        if (span.firstReportAt() != null && span.lastReportAt() != null) {
            Instant first =
                    span.firstReportAt().isBefore(span.lastReportAt()) ? span.firstReportAt() : span.lastReportAt();
            Instant last =
                    span.firstReportAt().isBefore(span.lastReportAt()) ? span.lastReportAt() : span.firstReportAt();
            ranges.add(new WindowRange(floor(first), floor(last)));
        }
        return merge(ranges);
    }

    /** The windows of the time a batch listened. */
    private WindowRange ranOver(BatchSpan span) {
        Instant started = span.startedAt();
        Instant latestEnd = started.plus(length);
        Instant ended = span.endedAt() == null || span.endedAt().isBefore(started)
                ? started
                : span.endedAt().isAfter(latestEnd) ? latestEnd : span.endedAt();
        Instant lastRun = floor(ended);
        if (lastRun.equals(ended) && ended.isAfter(started)) {
            lastRun = lastRun.minus(length);
        }
        return new WindowRange(floor(started), lastRun);
    }

    private List<WindowRange> merge(List<WindowRange> ranges) {
        List<WindowRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(WindowRange::first));
        List<WindowRange> merged = new ArrayList<>();
        for (WindowRange range : sorted) {
            WindowRange previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && !range.first().isAfter(previous.last().plus(length))) {
                Instant last = range.last().isAfter(previous.last()) ? range.last() : previous.last();
                merged.set(merged.size() - 1, new WindowRange(previous.first(), last));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** The UTC days on which windows of these ranges start. */
    SortedSet<LocalDate> days(List<WindowRange> ranges) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (WindowRange range : ranges) {
            for (LocalDate day = dayOf(range.first()); !day.isAfter(dayOf(range.last())); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The windows of these ranges that start in {@code [from, to)}. */
    SortedSet<Instant> startsIn(Instant from, Instant to, List<WindowRange> ranges) {
        SortedSet<Instant> starts = new TreeSet<>();
        Instant firstOnGrid = ceil(from);
        for (WindowRange range : ranges) {
            Instant start = range.first().isBefore(firstOnGrid) ? firstOnGrid : range.first();
            for (Instant w = start; !w.isAfter(range.last()) && w.isBefore(to); w = w.plus(length)) {
                starts.add(w);
            }
        }
        return starts;
    }

    /** The windows of these ranges that start on {@code day}. */
    SortedSet<Instant> startsOn(LocalDate day, List<WindowRange> ranges) {
        Instant start = startOf(day);
        return startsIn(start, start.plus(DAY), ranges);
    }

    /** Windows grouped into runs of consecutive starts: one statement counts a run. */
    List<WindowRange> runs(SortedSet<Instant> starts) {
        List<WindowRange> runs = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        for (Instant start : starts) {
            if (first != null && !start.equals(last.plus(length))) {
                runs.add(new WindowRange(first, last));
                first = null;
            }
            if (first == null) {
                first = start;
            }
            last = start;
        }
        if (first != null) {
            runs.add(new WindowRange(first, last));
        }
        return runs;
    }

    /** Bit h set for each UTC hour h that one of these windows starts in. */
    static int hoursMask(Iterable<Instant> starts) {
        int mask = 0;
        for (Instant start : starts) {
            mask |= 1 << hourOf(start);
        }
        return mask;
    }
}
