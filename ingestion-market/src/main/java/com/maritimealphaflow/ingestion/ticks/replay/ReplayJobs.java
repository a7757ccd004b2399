package com.maritimealphaflow.ingestion.ticks.replay;

import com.maritimealphaflow.ingestion.ticks.TickStreamStore;
import com.maritimealphaflow.service.jobs.LeasedJobRows;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code tick_replay} and {@code tick_replay_file} tables, leased like the AIS imports: an instance works on a
 * job only while it holds its claim. The claim is checked in every flush's transaction ({@link #checkpoint}), so a
 * cancelled or taken-over replay writes nothing more.
 */
@Repository
class ReplayJobs {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LeasedJobRows leases;

    ReplayJobs(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.leases = new LeasedJobRows(jdbc, clock, "tick_replay");
    }

    record PlannedFile(String path, Long bytes) {}

    record Job(long id, String request, String status) {}

    /** A file not finished yet, with where a restart resumes it. */
    record OpenFile(int seq, String path, long rowsCommitted) {}

    /** What one flush commits of a file: the rows behind it and what they counted since the last flush. */
    record Checkpoint(
            int seq,
            long rowsCommitted,
            long bytesRead,
            long events,
            long late,
            String skippedJson,
            boolean fileDone,
            boolean jobDone) {}

    long insert(String requestJson, List<PlannedFile> files) {
        return transaction.execute(status -> {
            long job = jdbc.queryForObject(
                    "INSERT INTO tick_replay (request, status, created_at) VALUES (?::jsonb, 'queued', ?) RETURNING id",
                    Long.class,
                    requestJson,
                    Timestamp.from(clock.instant()));
            jdbc.batchUpdate(
                    "INSERT INTO tick_replay_file (replay_id, seq, path, bytes_total, status)"
                            + " VALUES (?, ?, ?, ?, 'pending')",
                    IntStream.range(0, files.size()).boxed().toList(),
                    500,
                    (ps, seq) -> {
                        ps.setLong(1, job);
                        ps.setInt(2, seq);
                        ps.setString(3, files.get(seq).path());
                        ps.setObject(4, files.get(seq).bytes(), Types.BIGINT);
                    });
            return job;
        });
    }

    Optional<Job> job(long id) {
        return jdbc
                .query(
                        "SELECT id, request::text, status FROM tick_replay WHERE id = ?",
                        (rs, n) -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3)),
                        id)
                .stream()
                .findFirst();
    }

    /** Takes the oldest job that is queued, or running under a lease that ran out (its instance died). */
    Optional<Long> claim(String instance, Duration lease) {
        return leases.claim(instance, lease);
    }

    void heartbeat(Collection<Long> ids, String instance) {
        leases.heartbeat(ids, instance);
    }

    List<OpenFile> openFiles(long id) {
        return jdbc.query(
                "SELECT seq, path, rows_committed FROM tick_replay_file"
                        + " WHERE replay_id = ? AND status IN ('pending', 'running') ORDER BY seq",
                (rs, n) -> new OpenFile(rs.getInt(1), rs.getString(2), rs.getLong(3)),
                id);
    }

    boolean fileStarted(long id, int seq, long bytesTotal) {
        return jdbc.update(
                        "UPDATE tick_replay_file SET status = 'running', bytes_total = ?, error = NULL,"
                                + " started_at = COALESCE(started_at, ?)"
                                + " WHERE replay_id = ? AND seq = ? AND status IN ('pending', 'running')",
                        bytesTotal,
                        Timestamp.from(clock.instant()),
                        id,
                        seq)
                == 1;
    }

    /**
     * The resume point of a flush, run in its transaction: proves the job alive and still this instance's (else false
     * and the flush is rolled back), and records how far the file is committed, with its counts; the last flush of a
     * file completes it, and that of the last file completes the job.
     */
    TickStreamStore.ResumePoint checkpoint(long id, String instance, Checkpoint point) {
        return jdbc -> {
            Timestamp now = Timestamp.from(clock.instant());
            int mine = jdbc.update(
                    point.jobDone()
                            ? "UPDATE tick_replay SET heartbeat_at = ?, status = 'completed', ended_at = ?,"
                                    + " claimed_by = NULL WHERE id = ? AND status = 'running' AND claimed_by = ?"
                            : "UPDATE tick_replay SET heartbeat_at = ?, ended_at = ?"
                                    + " WHERE id = ? AND status = 'running' AND claimed_by = ?",
                    now,
                    point.jobDone() ? now : null,
                    id,
                    instance);
            if (mine != 1) {
                return false;
            }
            jdbc.update(
                    "UPDATE tick_replay_file SET rows_committed = ?, rows_read = GREATEST(rows_read, ?),"
                            + " bytes_read = GREATEST(bytes_read, ?), events = events + ?,"
                            + " late_events = late_events + ?, skipped = "
                            + TickStreamStore.addCounts("skipped", "?::jsonb")
                            + (point.fileDone() ? ", status = 'completed', ended_at = ?" : ", ended_at = ?")
                            + " WHERE replay_id = ? AND seq = ?",
                    point.rowsCommitted(),
                    point.rowsCommitted(),
                    point.bytesRead(),
                    point.events(),
                    point.late(),
                    point.skippedJson(),
                    point.skippedJson(),
                    point.fileDone() ? now : null,
                    id,
                    point.seq());
            return true;
        };
    }

    /** A file could not be read: it and its job fail, with the error. */
    void fileFailed(long id, int seq, String instance, String error) {
        transaction.executeWithoutResult(status -> {
            jdbc.update(
                    "UPDATE tick_replay_file SET status = 'failed', error = ?, ended_at = ?"
                            + " WHERE replay_id = ? AND seq = ? AND status IN ('pending', 'running')",
                    error,
                    Timestamp.from(clock.instant()),
                    id,
                    seq);
            end(id, instance, "failed", "file " + seq + ": " + error);
        });
    }

    /** Ends a job this instance runs; a cancelled or taken-over job is left as it is. */
    void end(long id, String instance, String status, String error) {
        leases.end(id, instance, status, error);
    }

    /** Gives a job back when this instance stops in its middle: the next start resumes it. */
    void release(long id, String instance) {
        leases.release(id, instance);
    }

    /** Cancels a queued or running job and its unfinished files; false when it had ended already. */
    boolean cancel(long id) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            boolean cancelled = leases.cancel(id, now);
            if (cancelled) {
                jdbc.update(
                        "UPDATE tick_replay_file SET status = 'cancelled', error = 'the replay was cancelled',"
                                + " ended_at = ? WHERE replay_id = ? AND status IN ('pending', 'running')",
                        now,
                        id);
            }
            return cancelled;
        }));
    }
}
