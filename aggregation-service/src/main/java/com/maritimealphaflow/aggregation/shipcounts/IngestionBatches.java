package com.maritimealphaflow.aggregation.shipcounts;

import com.maritimealphaflow.model.pipeline.IngestionKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The AIS rows of {@code ingestion_log} as the aggregation service sees them, ended or not, counted or not: live and
 * replayed batches, and the files of history imports, whose report times may be years old.
 */
@Repository
class IngestionBatches {

    /**
     * The AIS kinds, written into the text rather than bound: the partial index of rows awaiting aggregation names
     * them, and the planner uses it only for a query whose own text implies its predicate. Other kinds (market data
     * steps) are not vessel counts.
     */
    private static final String AIS = "kind IN " + IngestionKind.aisKindsSql();

    /** The query of {@link #pending}: a test checks that its plan, generic too, uses the partial index. */
    static final String PENDING = "SELECT id FROM ingestion_log WHERE aggregated_at IS NULL AND " + AIS
            + " AND status <> 'running' ORDER BY id LIMIT ?";

    private static final String SPAN = "kind, started_at, ended_at, first_report_at, last_report_at";

    private final JdbcTemplate jdbc;

    IngestionBatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks an ended batch as aggregated and returns its span, or nothing if it is still running, already aggregated
     * or unknown. The row lock it takes makes a second claimant wait for this transaction, then find it taken.
     */
    Optional<BatchSpan> claim(long id) {
        List<BatchSpan> spans = jdbc.query(
                "UPDATE ingestion_log SET aggregated_at = now()"
                        + " WHERE id = ? AND " + AIS + " AND status <> 'running' AND aggregated_at IS NULL"
                        + " RETURNING " + SPAN,
                IngestionBatches::span,
                id);
        return spans.stream().findFirst();
    }

    /** Ended batches not aggregated yet, oldest first. */
    List<Long> pending(int limit) {
        return jdbc.queryForList(PENDING, Long.class, limit);
    }

    /**
     * Ended batches that may cover a window starting in {@code [from, to)}: a superset (widened by one window), the
     * caller works out the exact windows.
     */
    List<BatchSpan> endedAround(Instant from, Instant to, Duration window) {
        Timestamp lower = Timestamp.from(from.minus(window));
        Timestamp upper = Timestamp.from(to.plus(window));
        return jdbc.query(
                "SELECT " + SPAN + " FROM ingestion_log WHERE " + AIS + " AND status <> 'running'"
                        + " AND ((started_at < ? AND coalesce(ended_at, started_at) >= ?)"
                        + " OR (first_report_at < ? AND last_report_at >= ?))",
                IngestionBatches::span,
                upper,
                lower,
                upper,
                lower);
    }

    private static BatchSpan span(ResultSet rs, int row) throws SQLException {
        return new BatchSpan(
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("ended_at")),
                instant(rs.getTimestamp("first_report_at")),
                instant(rs.getTimestamp("last_report_at")),
                !IngestionKind.AIS_IMPORT.key().equals(rs.getString("kind")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
