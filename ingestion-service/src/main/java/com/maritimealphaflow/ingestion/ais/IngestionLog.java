package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code ingestion_log} rows of AIS batches: one opened when a batch starts, completed when it ends. */
@Repository
public class IngestionLog {

    static final String AIS_BATCH = "ais-batch";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public IngestionLog(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Opens a row in status {@code running} and returns its id. */
    public long start(AisSourceKind source, Instant startedAt) {
        Long id = jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, status) VALUES (?, ?, ?, 'running') RETURNING id",
                Long.class,
                source.key(),
                AIS_BATCH,
                Timestamp.from(startedAt));
        return id;
    }

    /**
     * Completes the row and, in the same transaction, notifies the aggregation service: it sees the notification
     * only once the row and everything before it is committed.
     */
    public void finish(long id, BatchOutcome outcome) {
        transaction.executeWithoutResult(status -> {
            jdbc.update(
                    """
                    UPDATE ingestion_log SET status = ?, ended_at = ?, messages_received = ?, positions_stored = ?,
                        duplicates = ?, statics_stored = ?, rejected = ?, rejected_reasons = ?::jsonb,
                        skipped = ?::jsonb, first_report_at = ?, last_report_at = ?, error = ?
                    WHERE id = ?""",
                    outcome.status().key(),
                    Timestamp.from(outcome.endedAt()),
                    outcome.messagesReceived(),
                    outcome.positionsStored(),
                    outcome.duplicates(),
                    outcome.staticsStored(),
                    outcome.rejectedTotal(),
                    json(outcome.rejected()),
                    json(outcome.skipped()),
                    timestamp(outcome.firstReportAt()),
                    timestamp(outcome.lastReportAt()),
                    outcome.error(),
                    id);
            jdbc.queryForObject(
                    "SELECT pg_notify(?, ?)", Object.class, PipelineChannels.AIS_BATCH_COMMITTED, Long.toString(id));
        });
    }

    /** Rows left {@code running} by an instance that died are marked interrupted at start-up. */
    public int markAbandoned(Instant startedBefore) {
        return jdbc.update(
                "UPDATE ingestion_log SET status = 'interrupted', ended_at = now(), error = ?"
                        + " WHERE status = 'running' AND kind = ? AND started_at < ?",
                "the ingestion service stopped before this batch ended",
                AIS_BATCH,
                Timestamp.from(startedBefore));
    }

    /**
     * Report times as {@code ship_position} holds them: its binary {@code COPY} truncates to microseconds, while a
     * parameter would be rounded, and a first report time rounded up would lie after the first stored report.
     */
    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** Keys are enum keys and type names we make ourselves: nothing to escape but to be safe against quotes. */
    private static String json(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> "\"" + e.getKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
