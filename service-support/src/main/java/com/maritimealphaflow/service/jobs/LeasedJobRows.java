package com.maritimealphaflow.service.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The lease columns of a job table ({@code id}, {@code status}, {@code claimed_by}, {@code heartbeat_at},
 * {@code started_at}, {@code ended_at}, {@code error}): an instance works on a job only while it holds its claim, and
 * every write of a running job checks {@code claimed_by}, so an instance whose job was cancelled or taken over (its
 * lease ran out) writes nothing more. A job is {@code queued}, {@code running}, or ended with another status.
 */
public final class LeasedJobRows {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String table;

    /** @param table the job table; a constant of the caller, never a request's text */
    public LeasedJobRows(JdbcTemplate jdbc, Clock clock, String table) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
    }

    /**
     * Takes the oldest job that is queued, or running under a lease that ran out (its instance died), for this
     * instance. Safe when instances race: the row is locked and skipped by the others.
     */
    public Optional<Long> claim(String instance, Duration lease) {
        return claim("", instance, lease);
    }

    /** {@link #claim(String, Duration)} among the jobs whose {@code column} is {@code value}. */
    public Optional<Long> claim(String column, Object value, String instance, Duration lease) {
        return claim(column + " = ? AND ", instance, lease, value);
    }

    private Optional<Long> claim(String filter, String instance, Duration lease, Object... filterValues) {
        Instant now = clock.instant();
        Object[] args = new Object[filterValues.length + 4];
        args[0] = instance;
        args[1] = Timestamp.from(now);
        args[2] = Timestamp.from(now);
        System.arraycopy(filterValues, 0, args, 3, filterValues.length);
        args[args.length - 1] = Timestamp.from(now.minus(lease));
        return jdbc
                .queryForList(
                        "UPDATE " + table + " SET status = 'running', claimed_by = ?, heartbeat_at = ?,"
                                + " started_at = COALESCE(started_at, ?)"
                                + " WHERE id = (SELECT id FROM " + table + " WHERE " + filter
                                + "(status = 'queued' OR (status = 'running' AND heartbeat_at < ?))"
                                + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                                + " RETURNING id",
                        Long.class,
                        args)
                .stream()
                .findFirst();
    }

    /** Renews the lease of the jobs this instance runs. */
    public void heartbeat(Collection<Long> ids, String instance) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update(
                "UPDATE " + table + " SET heartbeat_at = ? WHERE id = ANY(?) AND claimed_by = ? AND status = 'running'",
                Timestamp.from(clock.instant()),
                ids.toArray(Long[]::new),
                instance);
    }

    /** Renews the lease of one job; false when it is no longer this instance's to run (cancelled, or taken over). */
    public boolean stillMine(long id, String instance) {
        return jdbc.update(
                        "UPDATE " + table
                                + " SET heartbeat_at = ? WHERE id = ? AND status = 'running' AND claimed_by = ?",
                        Timestamp.from(clock.instant()),
                        id,
                        instance)
                == 1;
    }

    /** Ends a job this instance runs; a cancelled or taken-over job is left as it is. */
    public void end(long id, String instance, String status, String error) {
        jdbc.update(
                "UPDATE " + table + " SET status = ?, error = ?, ended_at = ?, claimed_by = NULL"
                        + " WHERE id = ? AND status = 'running' AND claimed_by = ?",
                status,
                error,
                Timestamp.from(clock.instant()),
                id,
                instance);
    }

    /** Gives a job back when this instance stops in its middle: the next start (here or elsewhere) resumes it. */
    public void release(long id, String instance) {
        jdbc.update(
                "UPDATE " + table + " SET status = 'queued', claimed_by = NULL, heartbeat_at = NULL"
                        + " WHERE id = ? AND status = 'running' AND claimed_by = ?",
                id,
                instance);
    }

    /**
     * Cancels a queued or running job's row (its parts are the caller's); false when it had ended already. Run it in
     * the transaction that cancels the parts.
     */
    public boolean cancel(long id, Timestamp now) {
        return jdbc.update(
                        "UPDATE " + table + " SET status = 'cancelled', ended_at = ?, claimed_by = NULL"
                                + " WHERE id = ? AND status IN ('queued', 'running')",
                        now,
                        id)
                == 1;
    }
}
