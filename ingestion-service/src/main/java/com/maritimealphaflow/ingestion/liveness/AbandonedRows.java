package com.maritimealphaflow.ingestion.liveness;

import com.maritimealphaflow.model.pipeline.IngestionKind;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.service.liveness.LivenessProperties;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reaper: marks {@code abandoned} every {@code running} row of {@code ingestion_log}, of any kind, whose owner has
 * not heartbeaten for the grace (or is gone from {@code service_instance}), and rows without an owner (opened before
 * V6) older than the grace. One conditional {@code UPDATE}: two reapers at once take each row once, the second finds it
 * no longer running. The counts of an AIS batch so reaped are those of the chunks it committed (each chunk adds its
 * own), so nothing needs adding; its {@code ended_at} is when its owner was last heard from.
 *
 * <p>A backfill step's row is reaped like any other; the step itself (and its job) is resumed through the backfill's
 * own lease, which finds the row already closed.
 */
@Service
public class AbandonedRows {

    private static final Logger log = LoggerFactory.getLogger(AbandonedRows.class);

    private static final String REAP =
            """
            UPDATE ingestion_log l SET status = 'abandoned',
                ended_at = GREATEST(l.started_at,
                    coalesce((SELECT s.heartbeat_at FROM service_instance s WHERE s.id = l.owner), l.last_report_at,
                             l.started_at)),
                error = 'abandoned: its instance ' || coalesce(l.owner, '(unknown, opened before owners were recorded)')
                    || ' stopped without closing it; the counts are those of what it had committed'
            WHERE l.status = 'running'
              AND CASE WHEN l.owner IS NULL THEN l.started_at < now() - ? * interval '1 millisecond'
                       ELSE NOT EXISTS (SELECT 1 FROM service_instance s WHERE s.id = l.owner
                                          AND s.heartbeat_at >= now() - ? * interval '1 millisecond') END
            RETURNING l.id, l.kind""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LivenessProperties settings;

    AbandonedRows(JdbcTemplate jdbc, TransactionTemplate transaction, LivenessProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = properties;
    }

    /** A reaped row. */
    public record Reaped(long id, String kind) {}

    /** Reaps with the configured grace. */
    public List<Reaped> reap() {
        return reap(settings.grace());
    }

    /**
     * Marks the abandoned rows, forgets instances silent for longer than the grace, and notifies the aggregation
     * service of reaped AIS rows (batches and imported files) in the same transaction, so that their windows are counted
     * at once rather than at its next poll.
     */
    public List<Reaped> reap(Duration grace) {
        long graceMs = grace.toMillis();
        List<Reaped> reaped = transaction.execute(status -> {
            List<Reaped> rows =
                    jdbc.query(REAP, (rs, n) -> new Reaped(rs.getLong("id"), rs.getString("kind")), graceMs, graceMs);
            jdbc.update(
                    "DELETE FROM service_instance WHERE heartbeat_at < now() - ? * interval '1 millisecond'", graceMs);
            for (Reaped row : rows) {
                if (IngestionKind.parse(row.kind()).map(IngestionKind::ais).orElse(false)) {
                    jdbc.queryForObject(
                            "SELECT pg_notify(?, ?)",
                            Object.class,
                            PipelineChannels.AIS_BATCH_COMMITTED,
                            Long.toString(row.id()));
                }
            }
            return rows;
        });
        if (!reaped.isEmpty()) {
            log.warn("Marked {} ingestion_log row(s) abandoned by a dead instance: {}", reaped.size(), reaped);
        }
        return reaped;
    }
}
