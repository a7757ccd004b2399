package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.model.pipeline.PipelineChannels;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code ingestion_log} rows of market data: one per backfill step ({@code market-backfill}), scheduled update of
 * a symbol ({@code market-update}) or CSV file ({@code market-csv}). {@code messages_received} counts bars received,
 * {@code bars_stored} the new or corrected ones, {@code duplicates} those stored already, {@code rejected} the
 * malformed pages or CSV lines. The row is completed with a {@code NOTIFY} on {@link #CHANNEL} in one transaction.
 */
@Repository
public class MarketIngestionLog {

    /** NOTIFY channel of committed market rows; the payload is the row id (for the aggregation service's rollups). */
    public static final String CHANNEL = PipelineChannels.MARKET_BARS_COMMITTED;

    public static final String BACKFILL = "market-backfill";
    public static final String UPDATE = "market-update";
    public static final String CSV = "market-csv";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public MarketIngestionLog(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** What a logged step did. */
    public record Outcome(
            String status,
            long received,
            long stored,
            long unchanged,
            Map<String, Long> rejected,
            Instant firstBar,
            Instant lastBar,
            String error) {}

    public long start(MarketSource source, String kind, Instant startedAt) {
        return jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, status) VALUES (?, ?, ?, 'running') RETURNING id",
                Long.class,
                source.key(),
                kind,
                Timestamp.from(startedAt));
    }

    public void finish(long id, Outcome outcome, Instant endedAt) {
        transaction.executeWithoutResult(status -> {
            jdbc.update(
                    """
                    UPDATE ingestion_log SET status = ?, ended_at = ?, messages_received = ?, bars_stored = ?,
                        duplicates = ?, rejected = ?, rejected_reasons = ?::jsonb, first_report_at = ?,
                        last_report_at = ?, error = ?
                    WHERE id = ?""",
                    outcome.status(),
                    Timestamp.from(endedAt),
                    outcome.received(),
                    outcome.stored(),
                    outcome.unchanged(),
                    outcome.rejected().values().stream()
                            .mapToLong(Long::longValue)
                            .sum(),
                    json(outcome.rejected()),
                    timestamp(outcome.firstBar()),
                    timestamp(outcome.lastBar()),
                    outcome.error(),
                    id);
            jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, CHANNEL, Long.toString(id));
        });
    }

    /** A row left running by a step that an instance did not finish (it stopped, or died). */
    public void interrupt(long id, String why) {
        jdbc.update(
                "UPDATE ingestion_log SET status = 'interrupted', ended_at = now(), error = ?"
                        + " WHERE id = ? AND status = 'running'",
                why,
                id);
    }

    /**
     * Closes the rows a kind of run of a source left {@code running}. Only for runs that never overlap (the
     * scheduled updates of a source, a Quartz job that does not run concurrently anywhere in the cluster): any such
     * row found at the start of the next run belongs to an instance that stopped in its middle.
     */
    public int interruptAbandoned(MarketSource source, String kind) {
        return jdbc.update(
                "UPDATE ingestion_log SET status = 'interrupted', ended_at = now(), error = ?"
                        + " WHERE source = ? AND kind = ? AND status = 'running'",
                "the ingestion service stopped during this run",
                source.key(),
                kind);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String json(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> "\"" + e.getKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
