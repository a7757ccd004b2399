package com.maritimealphaflow.aggregation.shipcounts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-aggregates a time range from the stored positions, for when old AIS files were replayed or counts are in doubt:
 * the windows that ended batches cover (and any that already have a row), the hourly and daily rollups, and the
 * vessels each hour saw, from scratch. It works in whole UTC hours, one day per transaction, so that live batches
 * are aggregated between the days of a long rebuild.
 */
@Service
public class ShipCountRebuild {

    private static final Logger log = LoggerFactory.getLogger(ShipCountRebuild.class);

    private final IngestionBatches batches;
    private final AggregationLock lock;
    private final RawDays rawDays;
    private final WindowCounts counts;
    private final DayAggregation days;
    private final WindowGrid grid;
    private final TransactionTemplate transaction;
    private final AggregationMetrics metrics;

    ShipCountRebuild(
            IngestionBatches batches,
            AggregationLock lock,
            RawDays rawDays,
            WindowCounts counts,
            DayAggregation days,
            WindowGrid grid,
            TransactionTemplate transaction,
            AggregationMetrics metrics) {
        this.batches = batches;
        this.lock = lock;
        this.rawDays = rawDays;
        this.counts = counts;
        this.days = days;
        this.grid = grid;
        this.transaction = transaction;
        this.metrics = metrics;
    }

    /** Rebuilds {@code [from, to)} widened to whole hours; the caller has checked that {@code from < to}. */
    public RebuildResult rebuild(Instant from, Instant to) {
        long started = System.nanoTime();
        Instant start = from.truncatedTo(ChronoUnit.HOURS);
        Instant end = to.truncatedTo(ChronoUnit.HOURS).equals(to)
                ? to
                : to.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Aggregated total = Aggregated.NOTHING;
        List<LocalDate> withoutRawData = new ArrayList<>();
        for (LocalDate day = WindowGrid.dayOf(start); WindowGrid.startOf(day).isBefore(end); day = day.plusDays(1)) {
            Instant dayStart = WindowGrid.startOf(day);
            Instant chunkFrom = start.isAfter(dayStart) ? start : dayStart;
            Instant dayEnd = WindowGrid.startOf(day.plusDays(1));
            Instant chunkTo = end.isBefore(dayEnd) ? end : dayEnd;
            LocalDate current = day;
            Aggregated done = transaction.execute(status -> rebuildDay(current, chunkFrom, chunkTo));
            if (done == null) {
                withoutRawData.add(day);
            } else {
                total = total.plus(done);
            }
        }
        metrics.windowsRebuilt(total.windows());
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        log.info("Rebuilt {} to {}: {} in {} ms; days without raw data: {}", start, end, total, took, withoutRawData);
        return new RebuildResult(
                start, end, total.windows(), total.hours(), total.days(), List.copyOf(withoutRawData), took);
    }

    /** One day's part {@code [from, to)} of the range; null if the day's raw positions are gone. */
    private Aggregated rebuildDay(LocalDate day, Instant from, Instant to) {
        lock.acquire();
        if (!rawDays.kept(List.of(day)).contains(day)) {
            return null;
        }
        SortedSet<Instant> windows = new TreeSet<>();
        for (BatchSpan span : batches.endedAround(from, to, grid.length())) {
            windows.addAll(grid.startsIn(from, to, grid.covered(span)));
        }
        windows.addAll(counts.existing(from, to));
        List<Instant> hours = new ArrayList<>();
        for (Instant hour = from; hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
            hours.add(hour);
        }
        counts.forgetPresence(day, WindowGrid.hoursMask(hours));
        return days.aggregate(day, windows);
    }
}
