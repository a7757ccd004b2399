package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.pipeline.IngestionKind;
import com.maritimealphaflow.service.liveness.ServiceInstance;
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
 * malformed pages or CSV lines. Nothing is notified when a row completes: no service listens for market data yet
 * (the market rollups will, with a channel of their own in {@code PipelineChannels}).
 */
@Repository
public class MarketIngestionLog {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ServiceInstance instance;

    public MarketIngestionLog(JdbcTemplate jdbc, TransactionTemplate transaction, ServiceInstance instance) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.instance = instance;
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

    public long start(MarketSource source, IngestionKind kind, Instant startedAt) {
        return jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, status, owner) VALUES (?, ?, ?, 'running', ?)"
                        + " RETURNING id",
                Long.class,
                source.key(),
                kind.key(),
                Timestamp.from(startedAt),
                instance.id());
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

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String json(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(e -> "\"" + e.getKey().replace("\\", "\\\\").replace("\"", "\\\"") + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
