package com.maritimealphaflow.cleanup.retention;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code cleanup_run} log and its partitions. Written through the pool, not through the connection a run works
 * on, so that a run whose connection broke is still logged as failed.
 */
@Repository
class CleanupRuns {

    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    private static final String COLUMNS =
            "id, trigger, scheduled_for, instance, dry_run, retention, cutoff, started_at,"
                    + " ended_at, status, partition_count, row_estimate, bytes, static_rows, history_rows, presence_rows,"
                    + " partitions_awaiting_aggregation, error";

    private final NamedParameterJdbcTemplate jdbc;

    CleanupRuns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Closes the rows of runs whose instance stopped mid-run. Only the holder of the cleanup lock calls this, and
     * every run holds the lock while its row says running, so any such row left is abandoned.
     */
    int markInterrupted(Instant now) {
        return jdbc.update(
                "UPDATE cleanup_run SET status = 'interrupted', ended_at = :now,"
                        + " error = 'the instance running it stopped before it ended' WHERE status = 'running'",
                Map.of("now", utc(now)));
    }

    long start(CleanupRequest request, String instance, Retention retention, Instant cutoff, Instant startedAt) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("trigger", request.trigger().key())
                .addValue("scheduledFor", request.scheduledFor() == null ? null : utc(request.scheduledFor()))
                .addValue("instance", instance)
                .addValue("dryRun", request.dryRun())
                .addValue("retention", retention.toString())
                .addValue("cutoff", utc(cutoff))
                .addValue("startedAt", utc(startedAt));
        return jdbc.queryForObject(
                "INSERT INTO cleanup_run (trigger, scheduled_for, instance, dry_run, retention, cutoff, started_at,"
                        + " status) VALUES (:trigger, :scheduledFor, :instance, :dryRun, :retention, :cutoff,"
                        + " :startedAt, 'running') RETURNING id",
                params,
                Long.class);
    }

    void partition(long runId, RawPartition partition) {
        jdbc.update(
                "INSERT INTO cleanup_run_partition (run_id, partition_name, day, row_estimate, bytes,"
                        + " was_detach_pending) VALUES (:runId, :name, :day, :rows, :bytes, :pending)",
                new MapSqlParameterSource()
                        .addValue("runId", runId)
                        .addValue("name", partition.name())
                        .addValue("day", partition.day())
                        .addValue("rows", partition.rowEstimate())
                        .addValue("bytes", partition.bytes())
                        .addValue("pending", partition.state() == RawPartition.State.DETACH_PENDING));
    }

    /** Adds a partition past the cutoff to those the run kept: its day is still to be counted. */
    void awaitingAggregation(long runId, RawPartition partition) {
        jdbc.update(
                "UPDATE cleanup_run SET partitions_awaiting_aggregation"
                        + " = array_append(partitions_awaiting_aggregation, :name) WHERE id = :runId",
                Map.of("runId", runId, "name", partition.name()));
    }

    /** Marks the table dropped in this run's row and in any earlier run's row that detached it and stopped there. */
    void dropped(String partitionName, Instant at) {
        jdbc.update(
                "UPDATE cleanup_run_partition p SET dropped_at = :at FROM cleanup_run r"
                        + " WHERE r.id = p.run_id AND NOT r.dry_run AND p.partition_name = :name"
                        + " AND p.dropped_at IS NULL",
                Map.of("at", utc(at), "name", partitionName));
    }

    /**
     * Closes the run's row. Its partition totals are summed from its partition rows: for a dry run all of them, for a
     * real run those dropped, so that a failed run counts what it did remove.
     */
    void finish(long runId, String status, StaticData.Rows statics, Instant endedAt, String error) {
        jdbc.update(
                """
                UPDATE cleanup_run r
                SET status = :status, ended_at = :endedAt, static_rows = :statics, history_rows = :history, presence_rows = :presence,
                    error = :error, partition_count = p.partitions, row_estimate = p.row_estimate, bytes = p.bytes
                FROM (SELECT count(*) AS partitions, coalesce(sum(cp.row_estimate), 0) AS row_estimate,
                             coalesce(sum(cp.bytes), 0) AS bytes
                      FROM cleanup_run_partition cp JOIN cleanup_run cr ON cr.id = cp.run_id
                      WHERE cp.run_id = :id AND (cr.dry_run OR cp.dropped_at IS NOT NULL)) p
                WHERE r.id = :id
                """,
                new MapSqlParameterSource()
                        .addValue("id", runId)
                        .addValue("status", status)
                        .addValue("endedAt", utc(endedAt))
                        .addValue("statics", statics.statics())
                        .addValue("history", statics.history())
                        .addValue("presence", statics.presence())
                        .addValue("error", error));
    }

    /** The run whose row says it is running, if any: the holder of the cleanup lock. */
    Optional<Long> running() {
        return jdbc
                .queryForList(
                        "SELECT id FROM cleanup_run WHERE status = 'running' ORDER BY id DESC LIMIT 1",
                        Map.of(),
                        Long.class)
                .stream()
                .findFirst();
    }

    Optional<CleanupRun> find(long id) {
        return withPartitions(jdbc.query(
                        "SELECT " + COLUMNS + " FROM cleanup_run WHERE id = :id", Map.of("id", id), CleanupRuns::run))
                .stream()
                .findFirst();
    }

    /** The latest runs, newest first. */
    List<CleanupRun> recent(int limit) {
        return withPartitions(jdbc.query(
                "SELECT " + COLUMNS + " FROM cleanup_run ORDER BY id DESC LIMIT :limit",
                Map.of("limit", limit),
                CleanupRuns::run));
    }

    private List<CleanupRun> withPartitions(List<CleanupRun> runs) {
        if (runs.isEmpty()) {
            return runs;
        }
        Map<Long, List<CleanupRun.Partition>> partitions = new HashMap<>();
        jdbc.query(
                "SELECT run_id, partition_name, day, row_estimate, bytes, was_detach_pending, dropped_at"
                        + " FROM cleanup_run_partition WHERE run_id IN (:ids) ORDER BY day",
                Map.of("ids", runs.stream().map(CleanupRun::id).collect(Collectors.toList())),
                rs -> {
                    partitions
                            .computeIfAbsent(rs.getLong("run_id"), id -> new ArrayList<>())
                            .add(new CleanupRun.Partition(
                                    rs.getString("partition_name"),
                                    rs.getObject("day", LocalDate.class),
                                    rs.getObject("row_estimate", Long.class),
                                    rs.getLong("bytes"),
                                    rs.getBoolean("was_detach_pending"),
                                    instant(rs, "dropped_at")));
                });
        return runs.stream()
                .map(run -> run.withPartitions(partitions.getOrDefault(run.id(), List.of())))
                .toList();
    }

    private static CleanupRun run(ResultSet rs, int row) throws SQLException {
        return new CleanupRun(
                rs.getLong("id"),
                rs.getString("trigger"),
                instant(rs, "scheduled_for"),
                rs.getString("instance"),
                rs.getBoolean("dry_run"),
                rs.getString("retention"),
                instant(rs, "cutoff"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                rs.getString("status"),
                rs.getInt("partition_count"),
                rs.getLong("row_estimate"),
                rs.getLong("bytes"),
                rs.getLong("static_rows"),
                rs.getLong("history_rows"),
                rs.getLong("presence_rows"),
                List.of(),
                names(rs.getArray("partitions_awaiting_aggregation")),
                rs.getString("error"));
    }

    /** Partition names by day, as the partitions are listed: a run appends them in its working order. */
    private static List<String> names(Array array) throws SQLException {
        return Stream.of((String[]) array.getArray()).sorted().toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
