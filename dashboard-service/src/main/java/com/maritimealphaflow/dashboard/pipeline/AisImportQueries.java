package com.maritimealphaflow.dashboard.pipeline;

import com.maritimealphaflow.model.ais.AisSourceKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * AIS history imports as the ingestion service keeps them ({@code ais_import}, {@code ais_import_file}) with what
 * their attempts stored ({@code ingestion_log} rows carrying {@code ais_import_id}). The same sums as the ingestion
 * service's own view of a job, read here directly: services share the schema, not HTTP.
 */
@Repository
class AisImportQueries {

    /**
     * The credit the Danish Maritime Authority's conditions ask of anyone who uses its AIS data, word for word. The
     * ingestion service gives the same text with each DMA import it reports.
     */
    static final String DMA_ATTRIBUTION = AisSourceKind.DMA.attribution();

    static final String THINNED = "thinned";

    /**
     * One row per import, newest first. The imports are limited before the sums, so only the listed ones are summed,
     * each along the primary key of {@code ais_import_file} and the index on {@code ingestion_log.ais_import_id}. A
     * finished file (completed, missing, failed) counts whole towards the bytes done: nothing more will be read of it.
     */
    private static final String NEWEST =
            """
            SELECT j.id, j.source, j.status, j.created_at, j.started_at, j.ended_at, j.error,
                   f.pending, f.running, f.completed, f.missing, f.failed, f.cancelled, f.rows_read,
                   f.sizes_unknown, f.bytes_total, f.bytes_done,
                   l.attempts, l.awaiting_aggregation, l.positions, l.duplicates, l.statics, l.rejected,
                   l.first_report, l.last_report, r.counts::text AS rejected_reasons, s.counts::text AS skipped
            FROM (SELECT id, source, status, created_at, started_at, ended_at, error
                  FROM ais_import ORDER BY id DESC LIMIT ?) j
            CROSS JOIN LATERAL (
                SELECT count(*) FILTER (WHERE status = 'pending') AS pending,
                       count(*) FILTER (WHERE status = 'running') AS running,
                       count(*) FILTER (WHERE status = 'completed') AS completed,
                       count(*) FILTER (WHERE status = 'missing') AS missing,
                       count(*) FILTER (WHERE status = 'failed') AS failed,
                       count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
                       coalesce(sum(rows_read), 0) AS rows_read,
                       count(*) FILTER (WHERE bytes_total IS NULL AND status <> 'missing') AS sizes_unknown,
                       coalesce(sum(bytes_total), 0) AS bytes_total,
                       coalesce(sum(CASE WHEN status IN ('completed', 'missing', 'failed') THEN bytes_total
                                         ELSE least(bytes_read, bytes_total) END), 0) AS bytes_done
                FROM ais_import_file WHERE import_id = j.id) f
            CROSS JOIN LATERAL (
                SELECT count(*) AS attempts,
                       count(*) FILTER (WHERE aggregated_at IS NULL) AS awaiting_aggregation,
                       coalesce(sum(positions_stored), 0) AS positions,
                       coalesce(sum(duplicates), 0) AS duplicates,
                       coalesce(sum(statics_stored), 0) AS statics,
                       coalesce(sum(rejected), 0) AS rejected,
                       min(first_report_at) AS first_report,
                       max(last_report_at) AS last_report
                FROM ingestion_log WHERE ais_import_id = j.id) l
            CROSS JOIN LATERAL (
                SELECT coalesce(jsonb_object_agg(key, n), '{}') AS counts
                FROM (SELECT key, sum(value::bigint) AS n
                      FROM ingestion_log, jsonb_each_text(rejected_reasons)
                      WHERE ais_import_id = j.id GROUP BY key) k) r
            CROSS JOIN LATERAL (
                SELECT coalesce(jsonb_object_agg(key, n), '{}') AS counts
                FROM (SELECT key, sum(value::bigint) AS n
                      FROM ingestion_log, jsonb_each_text(skipped)
                      WHERE ais_import_id = j.id GROUP BY key) k) s
            ORDER BY j.id DESC
            """;

    /**
     * Whether any import stored DMA data. Along the partial index on {@code ais_import_id}, which this query's own
     * text implies, so it reads the import rows only, never the live batches.
     */
    private static final String DMA_DATA_STORED =
            "SELECT EXISTS (SELECT 1 FROM ingestion_log WHERE ais_import_id IS NOT NULL AND source = ?"
                    + " AND positions_stored > 0)";

    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AisImportQueries(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The newest imports, newest first, with the attribution when DMA data is listed or stored. */
    AisImportList newest(int limit) {
        Instant now = clock.instant();
        List<AisImportSummary> imports = jdbc.query(NEWEST, (rs, i) -> summary(rs, now), limit);
        String dma = AisSourceKind.DMA.key();
        boolean dmaData = imports.stream().anyMatch(j -> dma.equals(j.source()))
                || jdbc.queryForObject(DMA_DATA_STORED, Boolean.class, dma);
        return new AisImportList(imports, dmaData ? DMA_ATTRIBUTION : null);
    }

    private AisImportSummary summary(ResultSet rs, Instant now) throws SQLException {
        String status = rs.getString("status");
        Instant started = instant(rs, "started_at");
        Instant ended = instant(rs, "ended_at");
        AisImportSummary.Files files = AisImportSummary.Files.of(
                rs.getLong("pending"),
                rs.getLong("running"),
                rs.getLong("completed"),
                rs.getLong("missing"),
                rs.getLong("failed"),
                rs.getLong("cancelled"));
        AisImportSummary.Progress progress =
                progress(files, rs.getLong("sizes_unknown") == 0, rs.getLong("bytes_done"), rs.getLong("bytes_total"));
        long rowsRead = rs.getLong("rows_read");
        Map<String, Long> skipped = json.readValue(rs.getString("skipped"), COUNTS);
        AisImportSummary.Rows rows = new AisImportSummary.Rows(
                rowsRead,
                rs.getLong("positions"),
                rs.getLong("duplicates"),
                rs.getLong("statics"),
                rs.getLong("rejected"),
                json.readValue(rs.getString("rejected_reasons"), COUNTS),
                skipped.values().stream().mapToLong(Long::longValue).sum(),
                skipped,
                skipped.getOrDefault(THINNED, 0L));
        Double rate = null;
        Long eta = null;
        if (started != null) {
            // At least a second, so that an import that has just started reads as a rate, not as infinity.
            double seconds = Math.max(
                    1, Duration.between(started, ended == null ? now : ended).toSeconds());
            rate = rowsRead / seconds;
            if ("running".equals(status)) {
                eta = eta(progress, seconds);
            }
        }
        return new AisImportSummary(
                rs.getLong("id"),
                rs.getString("source"),
                status,
                instant(rs, "created_at"),
                started,
                ended,
                rs.getString("error"),
                files,
                progress,
                rows,
                rate,
                eta,
                instant(rs, "first_report"),
                instant(rs, "last_report"),
                rs.getLong("attempts"),
                rs.getLong("awaiting_aggregation"));
    }

    /**
     * By bytes when every file but a missing day (which never has one, and reads nothing) has a known size, else by
     * files: a download's size is known only once the archive's server announces it.
     */
    static AisImportSummary.Progress progress(
            AisImportSummary.Files files, boolean sizesKnown, long bytesDone, long bytesTotal) {
        if (sizesKnown && bytesTotal > 0) {
            return new AisImportSummary.Progress(
                    AisImportSummary.Progress.BYTES,
                    bytesDone,
                    bytesTotal,
                    Math.min(1.0, (double) bytesDone / bytesTotal));
        }
        return new AisImportSummary.Progress(
                AisImportSummary.Progress.FILES,
                files.done(),
                files.total(),
                files.total() == 0 ? null : (double) files.done() / files.total());
    }

    /** What is left at the pace so far; null while nothing is done to measure the pace by. */
    static Long eta(AisImportSummary.Progress progress, double secondsRunning) {
        if (progress.done() <= 0) {
            return null;
        }
        return Math.round(Math.max(0, progress.total() - progress.done()) * secondsRunning / progress.done());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
