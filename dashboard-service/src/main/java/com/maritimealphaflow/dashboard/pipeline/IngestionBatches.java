package com.maritimealphaflow.dashboard.pipeline;

import com.maritimealphaflow.model.pipeline.IngestionKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code ingestion_log} newest first, along its index on {@code started_at}. */
@Repository
class IngestionBatches {

    private static final String COLUMNS = "id, source, kind, started_at, ended_at, status, messages_received,"
            + " positions_stored, duplicates, statics_stored, rejected, rejected_reasons::text, skipped::text,"
            + " first_report_at, last_report_at, error";
    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    IngestionBatches(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<IngestionBatch> newest(int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM ingestion_log ORDER BY started_at DESC, id DESC LIMIT ?",
                this::batch,
                limit);
    }

    /**
     * The newest batch of the live feed ({@code ais-batch}): what the feed's status and banners are about. Imported
     * files and market rows, which may be newer, say nothing about the feed.
     */
    Optional<IngestionBatch> newestLive() {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM ingestion_log WHERE kind = ?"
                                + " ORDER BY started_at DESC, id DESC LIMIT 1",
                        this::batch,
                        IngestionKind.AIS_BATCH.key())
                .stream()
                .findFirst();
    }

    /**
     * When the newest live batch that stored at least one position ended. A running batch's count grows with each chunk
     * but it has no end yet, so this is the feed's last sign of life as far as the ended batches tell.
     */
    Optional<Instant> lastPositionsAt() {
        return jdbc
                .query(
                        "SELECT ended_at FROM ingestion_log WHERE kind = ? AND positions_stored > 0"
                                + " AND ended_at IS NOT NULL ORDER BY started_at DESC LIMIT 1",
                        (rs, i) -> rs.getTimestamp(1).toInstant(),
                        IngestionKind.AIS_BATCH.key())
                .stream()
                .findFirst();
    }

    /**
     * Rows started since {@code since} that the ingestion service's reaper marked {@code abandoned}: an instance died
     * holding them. Along the index on {@code started_at}.
     */
    int abandonedSince(Instant since) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM ingestion_log WHERE started_at >= ? AND status = 'abandoned'",
                Integer.class,
                Timestamp.from(since));
    }

    private IngestionBatch batch(ResultSet rs, int row) throws SQLException {
        return new IngestionBatch(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("kind"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                rs.getString("status"),
                rs.getLong("messages_received"),
                rs.getLong("positions_stored"),
                rs.getLong("duplicates"),
                rs.getLong("statics_stored"),
                rs.getLong("rejected"),
                json.readValue(rs.getString("rejected_reasons"), COUNTS),
                json.readValue(rs.getString("skipped"), COUNTS),
                instant(rs, "first_report_at"),
                instant(rs, "last_report_at"),
                rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
