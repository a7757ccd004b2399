package com.maritimealphaflow.ingestion.ticks;

import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import com.maritimealphaflow.model.ticks.WindowClose;
import com.maritimealphaflow.service.retry.Backoff;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a stream's flush: its open windows into {@code tick_partial} (merged by the latest event time), its
 * {@code tick_stream} row (watermark and counts), its resume point and the {@code NOTIFY}, all in one transaction, so
 * that the aggregation service never sees a watermark without the partials it covers. Partials go by {@code COPY} into
 * a temporary table and one {@code INSERT … SELECT … ON CONFLICT}. A flush that fails is tried again as a whole.
 */
@Repository
public class TickStreamStore {

    private static final Logger log = LoggerFactory.getLogger(TickStreamStore.class);

    private static final String STAGE = "CREATE TEMP TABLE IF NOT EXISTS tick_partial_stage"
            + " (window_end timestamptz, symbol text, sec_type text, close double precision,"
            + " last_event_time timestamptz) ON COMMIT DELETE ROWS";
    private static final String MOVE = "INSERT INTO tick_partial AS p"
            + " (stream_id, window_end, symbol, sec_type, close, last_event_time)"
            + " SELECT ?, window_end, symbol, sec_type, close, last_event_time FROM tick_partial_stage"
            + " ON CONFLICT (stream_id, window_end, symbol) DO UPDATE SET close = excluded.close,"
            + " last_event_time = excluded.last_event_time, sec_type = excluded.sec_type"
            + " WHERE excluded.last_event_time >= p.last_event_time";
    // Counts arrive as what the flush adds: they are committed with the resume point, so none is counted twice.
    private static final String STREAM = "INSERT INTO tick_stream AS s (id, kind, allowed_lateness_ms, max_event_time,"
            + " finished, events, late_events, skipped, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())"
            + " ON CONFLICT (id) DO UPDATE SET allowed_lateness_ms = excluded.allowed_lateness_ms,"
            + " max_event_time = GREATEST(s.max_event_time, excluded.max_event_time),"
            + " finished = s.finished OR excluded.finished, events = s.events + excluded.events,"
            + " late_events = s.late_events + excluded.late_events, skipped = "
            + addCounts("s.skipped", "excluded.skipped")
            + ", updated_at = now()";

    /** A flush of one stream: the windows drained from its windower and what it counted since the last flush. */
    public record Flush(
            String streamId,
            String kind,
            long allowedLatenessMillis,
            List<WindowClose> partials,
            long maxEventTime,
            long events,
            long lateEvents,
            Map<TickSkipReason, Long> skipped,
            boolean finished) {}

    /**
     * What a stream commits with its partials: where it resumes (rows of a file, Kafka offsets). False when the stream
     * is no longer this instance's (a replay cancelled or taken over): the flush is then rolled back whole.
     */
    @FunctionalInterface
    public interface ResumePoint {
        ResumePoint NONE = jdbc -> true;

        boolean store(JdbcTemplate jdbc);
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TicksProperties settings;

    public TickStreamStore(JdbcTemplate jdbc, TransactionTemplate transaction, TicksProperties settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
    }

    /** A jsonb of counts per key that adds two others key by key. */
    public static String addCounts(String a, String b) {
        return "(SELECT COALESCE(jsonb_object_agg(k, COALESCE((" + a + "->>k)::bigint, 0) + COALESCE((" + b
                + "->>k)::bigint, 0)), '{}'::jsonb) FROM jsonb_object_keys(" + a + " || " + b + ") AS k)";
    }

    /** The counts as the jsonb of {@code tick_stream.skipped}: {@code {"no-price": n, …}}, zeros left out. */
    public static String countsJson(Map<TickSkipReason, Long> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(e -> "\"" + e.getKey().key() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * Commits a flush with its resume point, trying again with backoff when the database fails. False when the
     * resume point said the stream is no longer ours (nothing was written).
     *
     * @throws DataAccessException when every attempt failed
     */
    public boolean write(Flush flush, ResumePoint resume) {
        Backoff backoff = new Backoff(settings.storeRetry());
        for (int attempt = 1; ; attempt++) {
            try {
                return Boolean.TRUE.equals(transaction.execute(status -> {
                    writeStream(flush);
                    if (!resume.store(jdbc)) {
                        status.setRollbackOnly();
                        return false;
                    }
                    writePartials(flush.streamId(), flush.partials());
                    jdbc.queryForObject(
                            "SELECT pg_notify(?, ?)",
                            Object.class,
                            PipelineChannels.TICK_PARTIALS_COMMITTED,
                            flush.streamId());
                    return true;
                }));
            } catch (DataAccessException e) {
                if (attempt >= settings.storeAttempts()) {
                    throw e;
                }
                long wait = backoff.next().toMillis();
                log.warn(
                        "Flush of tick stream {} failed (attempt {} of {}), trying again in {} ms: {}",
                        flush.streamId(),
                        attempt,
                        settings.storeAttempts(),
                        wait,
                        e.getMostSpecificCause().getMessage());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** The largest event time a stream has committed, where a restart resumes its windower. */
    public OptionalLong maxEventTime(String streamId) {
        List<Timestamp> found = jdbc.queryForList(
                "SELECT max_event_time FROM tick_stream WHERE id = ? AND max_event_time IS NOT NULL",
                Timestamp.class,
                streamId);
        return found.isEmpty()
                ? OptionalLong.empty()
                : OptionalLong.of(found.get(0).getTime());
    }

    private void writeStream(Flush flush) {
        jdbc.update(
                STREAM,
                flush.streamId(),
                flush.kind(),
                flush.allowedLatenessMillis(),
                flush.maxEventTime() == Long.MIN_VALUE ? null : new Timestamp(flush.maxEventTime()),
                flush.finished(),
                flush.events(),
                flush.lateEvents(),
                countsJson(flush.skipped()));
    }

    private void writePartials(String streamId, List<WindowClose> partials) {
        if (partials.isEmpty()) {
            return;
        }
        String rows = copyRows(partials);
        jdbc.execute((ConnectionCallback<Integer>) connection -> move(connection, streamId, rows));
    }

    private static int move(Connection connection, String streamId, String rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGE);
            statement.execute("TRUNCATE tick_partial_stage");
        }
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY tick_partial_stage (window_end, symbol, sec_type, close, last_event_time) FROM STDIN",
                            new StringReader(rows));
        } catch (IOException e) {
            throw new SQLException("COPY into tick_partial_stage failed", e);
        }
        try (var statement = connection.prepareStatement(MOVE)) {
            statement.setString(1, streamId);
            return statement.executeUpdate();
        }
    }

    private static String copyRows(List<WindowClose> partials) {
        StringBuilder out = new StringBuilder(partials.size() * 80);
        for (WindowClose close : partials) {
            out.append(Instant.ofEpochMilli(close.windowEnd()))
                    .append('\t')
                    .append(escape(close.symbol()))
                    .append('\t')
                    .append(escape(close.secType() == null ? "" : close.secType()))
                    .append('\t')
                    .append(close.close())
                    .append('\t')
                    .append(Instant.ofEpochMilli(close.lastEventTime()))
                    .append('\n');
        }
        return out.toString();
    }

    /** Symbols come from files and messages: escape what COPY's text format would read as structure. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
