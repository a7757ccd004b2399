package com.maritimealphaflow.dashboard.pipeline;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.model.pipeline.IngestionKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stages after ingestion, one query each: aggregation lag from {@code ingestion_log} and {@code ship_count_agg},
 * the newest {@code cleanup_run} and the newest {@code market_backfill} jobs. The tables come with db-migrations, so
 * every report is available; a section is empty only while its table is. A cleanup run and a backfill job are shown
 * column by column, as {@code row_to_json} renders the columns named here.
 */
@Repository
class PipelineStageQueries {

    static final Duration LAG_MEASURED_OVER = Duration.ofDays(1);
    static final Duration PENDING_LOOKED_FOR = Duration.ofDays(7);

    private static final String NEWEST_WINDOW =
            "SELECT batch_start, aggregated_at FROM ship_count_agg ORDER BY batch_start DESC LIMIT 1";

    /**
     * Live batches and imported files alike. The kinds are written into the text, not bound: the partial index of
     * rows awaiting aggregation names them.
     */
    private static final String AGGREGATION_LAG =
            """
            SELECT lag.median, lag.maximum, lag.measured, pending.batches, pending.oldest
            FROM (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM aggregated_at - ended_at)::float8)
                         AS median,
                         max(extract(epoch FROM aggregated_at - ended_at)::float8) AS maximum,
                         count(*) AS measured
                  FROM ingestion_log
                  WHERE kind IN %1$s AND aggregated_at IS NOT NULL AND ended_at > ?) lag,
                 (SELECT count(*) AS batches, min(ended_at) AS oldest
                  FROM ingestion_log
                  WHERE kind IN %1$s AND aggregated_at IS NULL AND status <> 'running'
                    AND ended_at > ?) pending
            """
                    .formatted(IngestionKind.aisKindsSql());

    private static final String LAST_CLEANUP_RUN =
            """
            SELECT row_to_json(r)::text
            FROM (SELECT id, trigger, scheduled_for, instance, dry_run, retention, cutoff, started_at, ended_at, status,
                         partition_count, row_estimate, bytes, static_rows, history_rows, presence_rows, error
                  FROM cleanup_run) r
            ORDER BY r.started_at DESC
            LIMIT 1
            """;

    private static final String NEWEST_BACKFILL_JOBS =
            """
            SELECT row_to_json(j)::text AS fields, j.status, j.pages_done, j.estimated_pages, j.bars_done,
                   j.estimated_bars
            FROM (SELECT id, source, symbols, bar_interval, adjusted, range_from, range_to, status, planned, created_at,
                         started_at, ended_at, claimed_by, heartbeat_at, estimated_pages, estimated_bars, pages_done,
                         bars_done, bars_unchanged, malformed_pages, error
                  FROM market_backfill) j
            ORDER BY j.created_at DESC
            LIMIT ?
            """;

    private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {};

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final DashboardProperties.Pipeline settings;
    private final Clock clock;

    PipelineStageQueries(JdbcTemplate jdbc, JsonMapper json, DashboardProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.settings = properties.pipeline();
        this.clock = clock;
    }

    /** Median and longest lag over the last day's AIS rows, and the ended rows of the week not counted yet. */
    StageReports.AggregationLag aggregationLag() {
        Optional<Instant[]> newest = jdbc
                .query(NEWEST_WINDOW, (rs, i) -> new Instant[] {
                    rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()
                })
                .stream()
                .findFirst();
        Instant newestWindow = newest.map(n -> n[0]).orElse(null);
        Instant aggregatedAt = newest.map(n -> n[1]).orElse(null);
        Instant now = clock.instant();
        return jdbc.queryForObject(
                AGGREGATION_LAG,
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

    /** The newest run of the cleanup service, by start. */
    StageReports.CleanupRun lastCleanupRun() {
        List<Map<String, Object>> runs = jdbc.query(LAST_CLEANUP_RUN, (rs, i) -> fields(rs.getString(1)));
        if (runs.isEmpty()) {
            return new StageReports.CleanupRun(
                    true, "No cleanup run yet: the cleanup service runs daily, or on POST /api/cleanup/runs.", null);
        }
        return new StageReports.CleanupRun(true, null, runs.get(0));
    }

    /** The newest backfill jobs, newest first, with their progress. */
    StageReports.BackfillJobs backfillJobs() {
        List<StageReports.BackfillJob> jobs = jdbc.query(
                NEWEST_BACKFILL_JOBS,
                (rs, i) -> new StageReports.BackfillJob(
                        fields(rs.getString("fields")),
                        rs.getString("status"),
                        progress(
                                rs.getLong("pages_done"),
                                rs.getLong("estimated_pages"),
                                rs.getLong("bars_done"),
                                rs.getLong("estimated_bars"))),
                settings.backfillsShown());
        return new StageReports.BackfillJobs(
                true, jobs.isEmpty() ? "No backfill jobs yet: start one with POST /api/backfills." : null, jobs);
    }

    private Map<String, Object> fields(String row) {
        return json.readValue(row, ROW);
    }

    /**
     * Done of the estimate, 0 to 1: pages where the job has estimated its pages, else bars where it has estimated its
     * bars; null while it has estimated neither.
     */
    static Double progress(long pagesDone, long estimatedPages, long barsDone, long estimatedBars) {
        if (estimatedPages > 0) {
            return Math.min(1.0, (double) pagesDone / estimatedPages);
        }
        if (estimatedBars > 0) {
            return Math.min(1.0, (double) barsDone / estimatedBars);
        }
        return null;
    }
}
