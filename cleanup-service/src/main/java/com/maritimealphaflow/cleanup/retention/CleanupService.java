package com.maritimealphaflow.cleanup.retention;

import com.maritimealphaflow.cleanup.CleanupProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Retention of raw AIS: whole daily partitions of {@code ship_position} past the retention are detached and
 * dropped, once the positions of their day are counted, and static data of vessels not heard from within it deleted.
 * Counts ({@code ship_count_agg}) and rollups are never touched. One run at a time across all instances; every run is
 * logged in {@code cleanup_run}.
 */
@Service
public class CleanupService {

    private static final Logger log = LoggerFactory.getLogger(CleanupService.class);

    private final CleanupLock lock;
    private final RawPartitions partitions;
    private final StaticData statics;
    private final CleanupRuns runs;
    private final CleanupMetrics metrics;
    private final Retention configured;
    private final Clock clock;
    private final String instance = hostName();

    CleanupService(
            CleanupLock lock,
            RawPartitions partitions,
            StaticData statics,
            CleanupRuns runs,
            CleanupMetrics metrics,
            CleanupProperties properties,
            Clock clock) {
        this.lock = lock;
        this.partitions = partitions;
        this.statics = statics;
        this.runs = runs;
        this.metrics = metrics;
        this.configured = new Retention(properties.retentionRaw());
        this.clock = clock;
        log.info("Raw AIS is kept for {}", configured);
    }

    /**
     * Runs the cleanup now and returns its log entry. Not one transaction: {@code DETACH … CONCURRENTLY} cannot run
     * inside one, and a partition once dropped stays dropped even if a later step fails. Each step commits on its
     * own, and the log row records how far a failed run got.
     *
     * @throws CleanupInProgressException for a request while another run holds the lock (a scheduled run waits)
     * @throws CleanupFailedException when the run failed; it is logged as failed
     * @throws IllegalArgumentException for a retention under a day
     */
    public CleanupRun run(CleanupRequest request) {
        Retention retention = request.retention() == null ? configured : new Retention(request.retention());
        try (CleanupLock.Held held = hold(request)) {
            return runHolding(held, request, retention);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the cleanup lock: " + e.getMessage(), e);
        }
    }

    public Optional<CleanupRun> find(long id) {
        return runs.find(id);
    }

    /** The latest runs, newest first. */
    public List<CleanupRun> recent(int limit) {
        return runs.recent(limit);
    }

    private CleanupLock.Held hold(CleanupRequest request) throws SQLException {
        Optional<CleanupLock.Held> free = lock.tryAcquire();
        if (free.isPresent()) {
            return free.get();
        }
        if (request.trigger() == CleanupRequest.Trigger.API) {
            throw new CleanupInProgressException(runs.running().orElse(null));
        }
        log.info("Another cleanup run is in progress; the scheduled run waits for it to end");
        return lock.acquire();
    }

    private CleanupRun runHolding(CleanupLock.Held held, CleanupRequest request, Retention retention) {
        int interrupted = runs.markInterrupted(clock.instant());
        if (interrupted > 0) {
            log.warn("Marked {} cleanup run(s) interrupted: their instance stopped mid-run", interrupted);
        }
        Instant started = clock.instant();
        Instant cutoff = retention.cutoff(started);
        long id = runs.start(request, instance, retention, cutoff, started);
        log.info(
                "Cleanup run {} ({}{}): raw AIS of whole days ending by {} ({} ago)",
                id,
                request.trigger().key(),
                request.dryRun() ? ", dry run" : "",
                cutoff,
                retention);
        try {
            for (RawPartition partition : inWorkingOrder(partitions.find())) {
                handle(held, id, cutoff, request.dryRun(), partition);
            }
            StaticData.Rows rows = request.dryRun() ? statics.count(cutoff) : statics.delete(cutoff);
            if (!request.dryRun()) {
                metrics.deleted(rows);
            }
            runs.finish(id, CleanupRuns.COMPLETED, rows, clock.instant(), null);
        } catch (SQLException | RuntimeException e) {
            String error = NestedExceptionUtils.getMostSpecificCause(e).getMessage();
            log.error("Cleanup run {} failed", id, e);
            try {
                runs.finish(id, CleanupRuns.FAILED, StaticData.Rows.NONE, clock.instant(), error);
            } catch (RuntimeException logFailure) {
                e.addSuppressed(logFailure);
            }
            metrics.run(request, CleanupRuns.FAILED);
            throw new CleanupFailedException(id, error, e);
        }
        metrics.run(request, CleanupRuns.COMPLETED);
        CleanupRun run = runs.find(id).orElseThrow();
        log.info(
                "Cleanup run {} {}: {} partition(s), about {} rows, {} bytes; {} static row(s), {} history row(s);"
                        + " kept awaiting aggregation: {}",
                id,
                request.dryRun() ? "would remove" : "removed",
                run.partitionCount(),
                run.rowEstimate(),
                run.bytes(),
                run.staticRows(),
                run.historyRows(),
                run.partitionsAwaitingAggregation().size());
        return run;
    }

    /**
     * Removes a partition past the cutoff (a dry run only records it), unless positions of its day are still to be
     * counted: an import of a day older than the retention is counted first, and its day dropped by a later run. Puts
     * back one whose removal an earlier run began when the cutoff now keeps its day, or its day is still to be counted.
     */
    private void handle(CleanupLock.Held held, long runId, Instant cutoff, boolean dryRun, RawPartition partition)
            throws SQLException {
        if (partition.expiredBy(cutoff) && !keptForAggregation(runId, dryRun, partition)) {
            // recorded first: if the run dies between detach and drop, the next one knows the table is its to drop
            runs.partition(runId, partition);
            if (!dryRun) {
                partitions.remove(held.connection(), partition);
                runs.dropped(partition.name(), clock.instant());
                metrics.dropped(partition);
                log.info(
                        "Dropped {} ({} rows, {} bytes)",
                        partition.name(),
                        partition.rowEstimate() == null
                                ? "never analysed: an unknown number of"
                                : "about " + partition.rowEstimate(),
                        partition.bytes());
            }
        } else if (partition.state() != RawPartition.State.ATTACHED && !dryRun) {
            partitions.restore(held.connection(), partition);
        }
    }

    /** Whether the partition's day is still to be counted; if so, the run records and logs that it keeps it. */
    private boolean keptForAggregation(long runId, boolean dryRun, RawPartition partition) {
        if (!partitions.awaitingAggregation(partition)) {
            return false;
        }
        runs.awaitingAggregation(runId, partition);
        log.info(
                "{} {}: AIS rows with reports on {} are not counted yet; a later run drops it",
                dryRun ? "Would keep" : "Kept",
                partition.name(),
                partition.day());
        return true;
    }

    /**
     * An interrupted detach first: while one partition is pending detach, PostgreSQL refuses to detach any other
     * concurrently. Then by day, oldest first.
     */
    private static List<RawPartition> inWorkingOrder(List<RawPartition> found) {
        return found.stream()
                .sorted(Comparator.comparing((RawPartition p) -> p.state() != RawPartition.State.DETACH_PENDING)
                        .thenComparing(RawPartition::day))
                .toList();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown");
        }
    }
}
