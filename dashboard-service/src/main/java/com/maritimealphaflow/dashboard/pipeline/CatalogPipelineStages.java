package com.maritimealphaflow.dashboard.pipeline;

import com.maritimealphaflow.dashboard.DashboardProperties;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the later stages from whatever tables and columns exist, looked up in the catalog on each call
 * ({@code to_regclass}, {@code pg_attribute}), so the pipeline page fills in as soon as the other services' migrations
 * have run, without a restart. The cleanup runs and backfill jobs are shown column by column as those services store
 * them; their exact columns are theirs to choose.
 */
@Repository
class CatalogPipelineStages implements PipelineStages {

    static final Duration LAG_MEASURED_OVER = Duration.ofDays(1);
    static final Duration PENDING_LOOKED_FOR = Duration.ofDays(7);

    /** Columns a run or job may be ordered by, newest first, in order of preference. */
    private static final List<String> ORDER_COLUMNS =
            List.of("created_at", "started_at", "requested_at", "run_at", "ran_at", "finished_at", "ended_at", "id");

    private static final List<String> PROGRESS_TOTALS = List.of("_total", "_estimate", "_estimated", "_expected");
    private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final DashboardProperties.Pipeline settings;
    private final Clock clock;

    CatalogPipelineStages(JdbcTemplate jdbc, JsonMapper json, DashboardProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = properties.pipeline();
        this.clock = clock;
    }

    @Override
    public StageReports.AggregationLag aggregationLag() {
        Optional<Instant[]> newest = jdbc
                .query(
                        "SELECT batch_start, aggregated_at FROM ship_count_agg ORDER BY batch_start DESC LIMIT 1",
                        (rs, i) -> new Instant[] {
                            rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()
                        })
                .stream()
                .findFirst();
        Instant newestWindow = newest.map(n -> n[0]).orElse(null);
        Instant aggregatedAt = newest.map(n -> n[1]).orElse(null);
        if (!columns("ingestion_log").contains("aggregated_at")) {
            return new StageReports.AggregationLag(
                    false,
                    "Per-batch lag appears once the aggregation service records when it aggregated each batch"
                            + " (ingestion_log.aggregated_at).",
                    newestWindow,
                    aggregatedAt,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        Instant now = clock.instant();
        return jdbc.queryForObject(
                """
                SELECT lag.median, lag.maximum, lag.measured, pending.batches, pending.oldest
                FROM (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM aggregated_at - ended_at)::float8)
                             AS median,
                             max(extract(epoch FROM aggregated_at - ended_at)::float8) AS maximum,
                             count(*) AS measured
                      FROM ingestion_log
                      WHERE kind = 'ais-batch' AND aggregated_at IS NOT NULL AND ended_at > ?) lag,
                     (SELECT count(*) AS batches, min(ended_at) AS oldest
                      FROM ingestion_log
                      WHERE kind = 'ais-batch' AND aggregated_at IS NULL AND status <> 'running'
                        AND ended_at > ?) pending
                """,
                (rs, i) -> new StageReports.AggregationLag(
                        true,
                        null,
                        newestWindow,
                        aggregatedAt,
                        rs.getObject("median", Double.class),
                        rs.getObject("maximum", Double.class),
                        rs.getInt("measured"),
                        rs.getInt("batches"),
                        rs.getTimestamp("oldest") == null
                                ? null
                                : rs.getTimestamp("oldest").toInstant()),
                Timestamp.from(now.minus(LAG_MEASURED_OVER)),
                Timestamp.from(now.minus(PENDING_LOOKED_FOR)));
    }

    @Override
    public StageReports.CleanupRun lastCleanupRun() {
        String table = settings.cleanupRunTable();
        List<Map<String, Object>> rows = newestRows(table, 1);
        if (rows == null) {
            return new StageReports.CleanupRun(
                    false, "Cleanup runs appear once the cleanup service has created its " + table + " table.", null);
        }
        if (rows.isEmpty()) {
            return new StageReports.CleanupRun(
                    true, "No cleanup run yet: the cleanup service runs daily, or on POST /api/cleanup/runs.", null);
        }
        return new StageReports.CleanupRun(true, null, rows.get(0));
    }

    @Override
    public StageReports.BackfillJobs backfillJobs() {
        String table = settings.backfillJobTable();
        List<Map<String, Object>> rows = newestRows(table, settings.backfillsShown());
        if (rows == null) {
            return new StageReports.BackfillJobs(
                    false,
                    "Backfill jobs appear once the ingestion service has created its " + table + " table.",
                    List.of());
        }
        List<StageReports.BackfillJob> jobs = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Object status = row.get("status");
            jobs.add(new StageReports.BackfillJob(row, status == null ? null : status.toString(), progress(row)));
        }
        return new StageReports.BackfillJobs(
                true, jobs.isEmpty() ? "No backfill jobs yet: start one with POST /api/backfills." : null, jobs);
    }

    /** The newest rows of a table as column → value, in column order; null when the table does not exist. */
    private List<Map<String, Object>> newestRows(String table, int limit) {
        Set<String> columns = columns(table);
        if (columns.isEmpty()) {
            return null;
        }
        String order =
                ORDER_COLUMNS.stream().filter(columns::contains).findFirst().orElse(null);
        // The table name is checked against [a-z_][a-z0-9_]* at start-up and the column comes from a fixed list.
        String sql = "SELECT row_to_json(r)::text FROM \"" + table + "\" r"
                + (order == null ? "" : " ORDER BY r.\"" + order + "\" DESC NULLS LAST") + " LIMIT ?";
        return jdbc.query(sql, (rs, i) -> (Map<String, Object>) json.readValue(rs.getString(1), ROW), limit);
    }

    /** The columns of a table of the current schema; empty when it does not exist. */
    private Set<String> columns(String table) {
        return Set.copyOf(jdbc.queryForList(
                "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped",
                String.class,
                table));
    }

    /**
     * Done of the estimate from a pair of columns like {@code pages_done} and {@code pages_total} (or
     * {@code _estimate}, {@code _estimated}, {@code _expected}); null when the job has no such pair or no estimate.
     */
    static Double progress(Map<String, Object> row) {
        for (Map.Entry<String, Object> column : row.entrySet()) {
            if (!column.getKey().endsWith("_done") || !(column.getValue() instanceof Number done)) {
                continue;
            }
            String stem = column.getKey().substring(0, column.getKey().length() - "_done".length());
            for (String suffix : PROGRESS_TOTALS) {
                if (row.get(stem + suffix) instanceof Number total && total.doubleValue() > 0) {
                    return Math.min(1.0, done.doubleValue() / total.doubleValue());
                }
            }
            // the ingestion service's market_backfill says estimated_pages beside pages_done
            if (row.get("estimated_" + stem) instanceof Number total && total.doubleValue() > 0) {
                return Math.min(1.0, done.doubleValue() / total.doubleValue());
            }
        }
        return null;
    }
}
