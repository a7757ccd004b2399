package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.service.jobs.LeasedJobRows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code market_backfill} and {@code market_backfill_step} tables. An instance works on a job only while it holds
 * its claim: every write of a running job checks {@code claimed_by}, so an instance that lost a job (its lease ran
 * out and another took over) or whose job was cancelled stops at its next page.
 */
@Repository
class BackfillJobs {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LeasedJobRows leases;

    BackfillJobs(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.leases = new LeasedJobRows(jdbc, clock, "market_backfill");
    }

    /** The stored definition of a job, what its execution needs. */
    record Job(
            long id,
            String source,
            List<String> symbols,
            String interval,
            boolean adjusted,
            Instant from,
            Instant to,
            String status,
            boolean planned) {}

    long insert(String source, List<String> symbols, String interval, boolean adjusted, Instant from, Instant to) {
        return jdbc.queryForObject(
                "INSERT INTO market_backfill (source, symbols, bar_interval, adjusted, range_from, range_to, status,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?) RETURNING id",
                Long.class,
                source,
                symbols.toArray(String[]::new),
                interval,
                adjusted,
                Timestamp.from(from),
                Timestamp.from(to),
                Timestamp.from(clock.instant()));
    }

    Optional<Job> job(long id) {
        return jdbc
                .query(
                        "SELECT id, source, symbols, bar_interval, adjusted, range_from, range_to, status, planned"
                                + " FROM market_backfill WHERE id = ?",
                        (rs, n) -> new Job(
                                rs.getLong(1),
                                rs.getString(2),
                                BackfillViews.strings(rs.getArray(3)),
                                rs.getString(4),
                                rs.getBoolean(5),
                                rs.getTimestamp(6).toInstant(),
                                rs.getTimestamp(7).toInstant(),
                                rs.getString(8),
                                rs.getBoolean(9)),
                        id)
                .stream()
                .findFirst();
    }

    /**
     * Cancels a queued or running job, and its running step with it: the instance running the step stops at its next
     * page and closes the step itself, but one that died (or a job that was given back) never would. False when the
     * job had ended already.
     */
    boolean cancel(long id) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean cancelled = leases.cancel(id, Timestamp.from(clock.instant()));
            if (cancelled) {
                // a live instance overwrites this with its counts when it stops; a dead one leaves it like this
                jdbc.update(
                        "UPDATE ingestion_log SET status = 'interrupted', ended_at = now(),"
                                + " error = 'the backfill was cancelled' WHERE status = 'running' AND id IN"
                                + " (SELECT ingestion_log_id FROM market_backfill_step WHERE backfill_id = ?"
                                + " AND status = 'running')",
                        id);
                jdbc.update(
                        "UPDATE market_backfill_step SET status = 'cancelled', error = 'the backfill was cancelled'"
                                + " WHERE backfill_id = ? AND status = 'running'",
                        id);
            }
            return cancelled;
        }));
    }

    /**
     * Takes the oldest job of the source that is queued, or running under a lease that ran out (its instance died),
     * for this instance. Safe when instances race: the row is locked and skipped by the others.
     */
    Optional<Long> claim(String source, String instance, Duration lease) {
        return leases.claim("source", source, instance, lease);
    }

    void heartbeat(Collection<Long> ids, String instance) {
        leases.heartbeat(ids, instance);
    }

    /** Stores the missing ranges as steps, once: a job resumed after its plan was stored keeps that plan. */
    void savePlan(long id, String instance, List<BackfillExecution.PlannedStep> steps, long bars, long pages) {
        transaction.executeWithoutResult(status -> {
            List<Long> mine = jdbc.queryForList(
                    "SELECT id FROM market_backfill WHERE id = ? AND claimed_by = ? AND NOT planned FOR UPDATE",
                    Long.class,
                    id,
                    instance);
            if (mine.isEmpty()) {
                return;
            }
            jdbc.batchUpdate(
                    "INSERT INTO market_backfill_step (backfill_id, seq, symbol, range_from, range_to, expected_bars,"
                            + " status) VALUES (?, ?, ?, ?, ?, ?, 'pending')",
                    steps,
                    500,
                    (ps, s) -> {
                        ps.setLong(1, id);
                        ps.setInt(2, s.seq());
                        ps.setString(3, s.symbol());
                        ps.setTimestamp(4, Timestamp.from(s.gap().from()));
                        ps.setTimestamp(5, Timestamp.from(s.gap().to()));
                        ps.setLong(6, s.gap().expectedBars());
                    });
            jdbc.update(
                    "UPDATE market_backfill SET planned = true, estimated_bars = ?, estimated_pages = ? WHERE id = ?",
                    bars,
                    pages,
                    id);
        });
    }

    /** Steps not completed yet, in order. */
    List<Backfill.Step> openSteps(long id) {
        return jdbc.query(
                "SELECT " + BackfillViews.STEP_COLUMNS
                        + " FROM market_backfill_step WHERE backfill_id = ? AND status <> 'completed'"
                        + " ORDER BY seq",
                BackfillViews::step,
                id);
    }

    void stepStarted(long id, int seq, long logId) {
        jdbc.update(
                "UPDATE market_backfill_step SET status = 'running', ingestion_log_id = ?, error = NULL"
                        + " WHERE backfill_id = ? AND seq = ?",
                logId,
                id,
                seq);
    }

    /**
     * Counts a stored page; runs in the page's transaction. False when the job is no longer this instance's to run
     * (cancelled, or taken over).
     */
    boolean pageDone(long id, int seq, String instance, long received, long unchanged) {
        int updated = jdbc.update(
                "UPDATE market_backfill SET pages_done = pages_done + 1, bars_done = bars_done + ?,"
                        + " bars_unchanged = bars_unchanged + ?, heartbeat_at = ?"
                        + " WHERE id = ? AND status = 'running' AND claimed_by = ?",
                received,
                unchanged,
                Timestamp.from(clock.instant()),
                id,
                instance);
        jdbc.update(
                "UPDATE market_backfill_step SET pages_done = pages_done + 1, bars_done = bars_done + ?"
                        + " WHERE backfill_id = ? AND seq = ?",
                received,
                id,
                seq);
        return updated == 1;
    }

    void malformedPage(long id) {
        jdbc.update("UPDATE market_backfill SET malformed_pages = malformed_pages + 1 WHERE id = ?", id);
    }

    void stepEnded(long id, int seq, String status, String error) {
        jdbc.update(
                "UPDATE market_backfill_step SET status = ?, error = ? WHERE backfill_id = ? AND seq = ?",
                status,
                error,
                id,
                seq);
    }

    /** Ends a job this instance runs; a cancelled or taken-over job is left as it is. */
    void end(long id, String instance, String status, String error) {
        leases.end(id, instance, status, error);
    }

    /** Gives a job back when this instance stops in its middle: the next start resumes it. */
    void release(long id, String instance) {
        leases.release(id, instance);
    }
}
