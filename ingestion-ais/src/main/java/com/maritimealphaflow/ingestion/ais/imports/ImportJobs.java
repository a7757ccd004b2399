package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.service.jobs.LeasedJobRows;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code ais_import} and {@code ais_import_file} tables. An instance works on a job only while it holds its claim:
 * every progress write checks {@code claimed_by}, so an instance whose job was cancelled or taken over (its lease ran
 * out) stops at its next progress write, within a second or two.
 */
@Repository
class ImportJobs {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final LeasedJobRows leases;

    ImportJobs(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.leases = new LeasedJobRows(jdbc, clock, "ais_import");
    }

    /** A file to read: a path under the import directory (with its size), or a day's URL. */
    record PlannedFile(String location, LocalDate day, Long bytes) {}

    /** A stored job as its execution needs it. */
    record Job(long id, String source, String request, String status) {}

    /** A file not finished yet, with where a restart resumes it. */
    record OpenFile(int seq, String location, LocalDate day, long rowsCommitted) {}

    long insert(String source, String requestJson, List<PlannedFile> files) {
        Long id = transaction.execute(status -> {
            long job = jdbc.queryForObject(
                    "INSERT INTO ais_import (source, request, status, created_at) VALUES (?, ?::jsonb, 'queued', ?)"
                            + " RETURNING id",
                    Long.class,
                    source,
                    requestJson,
                    Timestamp.from(clock.instant()));
            jdbc.batchUpdate(
                    "INSERT INTO ais_import_file (import_id, seq, location, day, bytes_total, status)"
                            + " VALUES (?, ?, ?, ?, ?, 'pending')",
                    IntStream.range(0, files.size()).boxed().toList(),
                    500,
                    (ps, seq) -> {
                        PlannedFile file = files.get(seq);
                        ps.setLong(1, job);
                        ps.setInt(2, seq);
                        ps.setString(3, file.location());
                        ps.setDate(4, file.day() == null ? null : Date.valueOf(file.day()));
                        ps.setObject(5, file.bytes(), Types.BIGINT);
                    });
            return job;
        });
        return id;
    }

    Optional<Job> job(long id) {
        return jdbc
                .query(
                        "SELECT id, source, request::text, status FROM ais_import WHERE id = ?",
                        (rs, n) -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        id)
                .stream()
                .findFirst();
    }

    /**
     * Takes the oldest job that is queued, or running under a lease that ran out (its instance died), for this
     * instance. Safe when instances race: the row is locked and skipped by the others.
     */
    Optional<Long> claim(String instance, Duration lease) {
        return leases.claim(instance, lease);
    }

    void heartbeat(Collection<Long> ids, String instance) {
        leases.heartbeat(ids, instance);
    }

    /** Files not finished yet, in order; a file that was running when its instance stopped is among them. */
    List<OpenFile> openFiles(long id) {
        return jdbc.query(
                "SELECT seq, location, day, rows_committed FROM ais_import_file"
                        + " WHERE import_id = ? AND status IN ('pending', 'running') ORDER BY seq",
                (rs, n) -> new OpenFile(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4)),
                id);
    }

    /**
     * A day's file is being downloaded: no {@code ingestion_log} row yet, as the day may turn out missing. False when
     * the file is no longer to be read (the import was cancelled).
     */
    boolean fileDownloading(long id, int seq) {
        return jdbc.update(
                        "UPDATE ais_import_file SET status = 'running', bytes_read = 0, error = NULL,"
                                + " started_at = COALESCE(started_at, ?)"
                                + " WHERE import_id = ? AND seq = ? AND status IN ('pending', 'running')",
                        Timestamp.from(clock.instant()),
                        id,
                        seq)
                == 1;
    }

    /**
     * A new attempt at a file begins, with its {@code ingestion_log} row. False when the file is no longer to be read
     * (the import was cancelled).
     */
    boolean fileStarted(long id, int seq, long logId, long bytesTotal) {
        return jdbc.update(
                        "UPDATE ais_import_file SET status = 'running', attempts = attempts + 1, ingestion_log_id = ?,"
                                + " bytes_total = ?, bytes_read = 0, error = NULL,"
                                + " started_at = COALESCE(started_at, ?)"
                                + " WHERE import_id = ? AND seq = ? AND status IN ('pending', 'running')",
                        logId,
                        bytesTotal,
                        Timestamp.from(clock.instant()),
                        id,
                        seq)
                == 1;
    }

    /**
     * Records how far the file is read and proves the job alive. False when the job is no longer this instance's to
     * run (cancelled, or taken over).
     */
    boolean progress(long id, int seq, String instance, long rowsRead, long bytesRead) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean mine = leases.stillMine(id, instance);
            if (mine) {
                jdbc.update(
                        "UPDATE ais_import_file SET rows_read = ?, bytes_read = ? WHERE import_id = ? AND seq = ?",
                        rowsRead,
                        bytesRead,
                        id,
                        seq);
            }
            return mine;
        }));
    }

    /** Everything up to {@code rows} is in the database: a restart passes over those rows. */
    void committed(long id, int seq, long rows) {
        jdbc.update(
                "UPDATE ais_import_file SET rows_committed = GREATEST(rows_committed, ?) WHERE import_id = ? AND seq = ?",
                rows,
                id,
                seq);
    }

    /** A file is done with: completed, missing (the archive has no such day), failed or stopped. */
    void fileEnded(long id, int seq, String status, String error, long rowsRead, long bytesRead) {
        jdbc.update(
                "UPDATE ais_import_file SET status = ?, error = ?, rows_read = GREATEST(rows_read, ?),"
                        + " bytes_read = GREATEST(bytes_read, ?), ended_at = ?"
                        + " WHERE import_id = ? AND seq = ? AND status IN ('pending', 'running')",
                status,
                error,
                rowsRead,
                bytesRead,
                Timestamp.from(clock.instant()),
                id,
                seq);
    }

    /** A file left to run again: the job was given back, and a later start resumes the file at its last commit. */
    void fileInterrupted(long id, int seq, long rowsRead, long bytesRead) {
        jdbc.update(
                "UPDATE ais_import_file SET rows_read = GREATEST(rows_read, ?), bytes_read = GREATEST(bytes_read, ?)"
                        + " WHERE import_id = ? AND seq = ?",
                rowsRead,
                bytesRead,
                id,
                seq);
    }

    /** How the job's files ended: {@code [completed, missing, failed]}. */
    long[] fileOutcomes(long id) {
        return jdbc.queryForObject(
                "SELECT count(*) FILTER (WHERE status = 'completed'), count(*) FILTER (WHERE status = 'missing'),"
                        + " count(*) FILTER (WHERE status = 'failed') FROM ais_import_file WHERE import_id = ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                id);
    }

    /** Ends a job this instance runs; a cancelled or taken-over job is left as it is. */
    void end(long id, String instance, String status, String error) {
        leases.end(id, instance, status, error);
    }

    /** Gives a job back when this instance stops in its middle: the next start resumes it. */
    void release(long id, String instance) {
        leases.release(id, instance);
    }

    /**
     * Cancels a queued or running job and its unfinished files. An instance reading one stops at its next progress
     * write and closes that file's {@code ingestion_log} row itself; the row of one that died is closed by the reaper.
     * False when the job had ended already.
     */
    boolean cancel(long id) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean cancelled = leases.cancel(id, Timestamp.from(clock.instant()));
            if (cancelled) {
                jdbc.update(
                        "UPDATE ais_import_file SET status = 'cancelled', error = 'the import was cancelled',"
                                + " ended_at = ? WHERE import_id = ? AND status IN ('pending', 'running')",
                        Timestamp.from(clock.instant()),
                        id);
            }
            return cancelled;
        }));
    }
}
