package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.model.ais.AisSourceKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Imports as the API shows them, with their progress summed from their files and their {@code ingestion_log} rows. */
@Repository
class ImportViews {

    /** The credit the Danish Maritime Authority asks users of its AIS data to give. */
    static final String DMA_ATTRIBUTION = AisSourceKind.DMA.attribution();

    private static final String JOBS =
            """
            SELECT j.id, j.source, j.status, j.created_at, j.started_at, j.ended_at, j.error, j.request::text,
                   f.total, f.pending, f.running, f.completed, f.missing, f.failed, f.cancelled,
                   f.bytes_read, f.bytes_total, f.unknown_sizes, f.rows_read,
                   l.received, l.positions, l.duplicates, l.statics, l.rejected, l.first_report, l.last_report
            FROM ais_import j
            CROSS JOIN LATERAL (
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE status = 'pending') AS pending,
                       count(*) FILTER (WHERE status = 'running') AS running,
                       count(*) FILTER (WHERE status = 'completed') AS completed,
                       count(*) FILTER (WHERE status = 'missing') AS missing,
                       count(*) FILTER (WHERE status = 'failed') AS failed,
                       count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
                       coalesce(sum(bytes_read), 0) AS bytes_read,
                       coalesce(sum(bytes_total), 0) AS bytes_total,
                       count(*) FILTER (WHERE bytes_total IS NULL AND status IN ('pending', 'running')) AS unknown_sizes,
                       coalesce(sum(rows_read), 0) AS rows_read
                FROM ais_import_file WHERE import_id = j.id) f
            CROSS JOIN LATERAL (
                SELECT coalesce(sum(messages_received), 0) AS received,
                       coalesce(sum(positions_stored), 0) AS positions,
                       coalesce(sum(duplicates), 0) AS duplicates,
                       coalesce(sum(statics_stored), 0) AS statics,
                       coalesce(sum(rejected), 0) AS rejected,
                       min(first_report_at) AS first_report,
                       max(last_report_at) AS last_report
                FROM ingestion_log WHERE ais_import_id = j.id) l
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration retention;

    ImportViews(JdbcTemplate jdbc, JsonMapper json, Clock clock, AisImportProperties settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.retention = settings.retentionRaw();
    }

    Optional<AisImport> find(long id) {
        return jdbc.query(JOBS + " WHERE j.id = ?", (rs, n) -> view(rs, true), id).stream()
                .findFirst();
    }

    List<AisImport> recent(int limit, String status) {
        return status == null
                ? jdbc.query(JOBS + " ORDER BY j.id DESC LIMIT ?", (rs, n) -> view(rs, false), limit)
                : jdbc.query(
                        JOBS + " WHERE j.status = ? ORDER BY j.id DESC LIMIT ?",
                        (rs, n) -> view(rs, false),
                        status,
                        limit);
    }

    private AisImport view(ResultSet rs, boolean withFiles) throws SQLException {
        long id = rs.getLong("id");
        String source = rs.getString("source");
        Instant started = instant(rs.getTimestamp("started_at"));
        Instant ended = instant(rs.getTimestamp("ended_at"));
        AisImport.FileCounts counts = new AisImport.FileCounts(
                rs.getLong("total"),
                rs.getLong("pending"),
                rs.getLong("running"),
                rs.getLong("completed"),
                rs.getLong("missing"),
                rs.getLong("failed"),
                rs.getLong("cancelled"));
        long bytesRead = rs.getLong("bytes_read");
        boolean sizesKnown = rs.getLong("unknown_sizes") == 0;
        Long bytesTotal = sizesKnown ? rs.getLong("bytes_total") : null;
        long rowsRead = rs.getLong("rows_read");
        Map<String, Long> rejectedReasons = counts(id, "rejected_reasons");
        Map<String, Long> skippedKinds = counts(id, "skipped");
        AisImport.Rows rows = new AisImport.Rows(
                rowsRead,
                rs.getLong("positions"),
                rs.getLong("duplicates"),
                rs.getLong("statics"),
                rs.getLong("rejected"),
                rejectedReasons,
                skippedKinds.values().stream().mapToLong(Long::longValue).sum(),
                skippedKinds,
                skippedKinds.getOrDefault(ImportFilter.THINNED, 0L));
        Instant firstReport = instant(rs.getTimestamp("first_report"));
        Double rate = null;
        Long eta = null;
        if (started != null) {
            double seconds = Math.max(
                    1,
                    Duration.between(started, ended == null ? clock.instant() : ended)
                            .toSeconds());
            rate = rowsRead / seconds;
            if (ended == null) {
                eta = eta(counts, bytesRead, bytesTotal, seconds);
            }
        }
        return new AisImport(
                id,
                source,
                rs.getString("status"),
                instant(rs.getTimestamp("created_at")),
                started,
                ended,
                rs.getString("error"),
                request(rs.getString("request")),
                counts,
                bytesRead,
                bytesTotal,
                rows,
                firstReport,
                instant(rs.getTimestamp("last_report")),
                rate,
                eta,
                retentionNote(firstReport, rs.getString("request")),
                ArchiveFormat.DMA.key().equals(source) ? DMA_ATTRIBUTION : null,
                withFiles ? files(id) : null);
    }

    private static Long eta(AisImport.FileCounts counts, long bytesRead, Long bytesTotal, double seconds) {
        if (bytesTotal != null && bytesTotal > 0 && bytesRead > 0) {
            return Math.round(Math.max(0, bytesTotal - bytesRead) * seconds / bytesRead);
        }
        long done = counts.completed() + counts.missing() + counts.failed();
        if (done > 0) {
            return Math.round((counts.pending() + counts.running()) * seconds / done);
        }
        return null;
    }

    /** Said when the import holds days the cleanup will remove: they are counted first, then their raw rows go. */
    private String retentionNote(Instant firstReport, String request) {
        LocalDate cutoff = LocalDate.ofInstant(clock.instant().minus(retention), ZoneOffset.UTC);
        LocalDate earliest =
                firstReport != null ? LocalDate.ofInstant(firstReport, ZoneOffset.UTC) : requestedFrom(request);
        if (earliest == null || !earliest.isBefore(cutoff)) {
            return null;
        }
        return "Days before " + cutoff + " are older than the raw-data retention (" + retention.toDays() + " days,"
                + " RETENTION_RAW): they are counted into ship_count_agg as they are imported, and the next cleanup"
                + " then removes their raw positions; the counts stay.";
    }

    private LocalDate requestedFrom(String request) {
        JsonNode from = request(request).get("from");
        return from == null || from.isNull() ? null : LocalDate.parse(from.asText());
    }

    private Map<String, Long> counts(long id, String column) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(
                "SELECT key, sum(value::bigint) FROM ingestion_log, jsonb_each_text(" + column + ")"
                        + " WHERE ais_import_id = ? GROUP BY key",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                },
                id);
        return counts;
    }

    private List<AisImport.FileProgress> files(long id) {
        return jdbc.query(
                "SELECT seq, location, day, status, bytes_total, bytes_read, rows_read, rows_committed, attempts,"
                        + " ingestion_log_id, error FROM ais_import_file WHERE import_id = ? ORDER BY seq",
                (rs, n) -> new AisImport.FileProgress(
                        rs.getInt("seq"),
                        rs.getString("location"),
                        rs.getObject("day", LocalDate.class),
                        rs.getString("status"),
                        rs.getObject("bytes_total", Long.class),
                        rs.getLong("bytes_read"),
                        rs.getLong("rows_read"),
                        rs.getLong("rows_committed"),
                        rs.getInt("attempts"),
                        rs.getObject("ingestion_log_id", Long.class),
                        rs.getString("error")),
                id);
    }

    private JsonNode request(String text) {
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalStateException("ais_import.request is not JSON", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
