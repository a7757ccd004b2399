package com.maritimealphaflow.ingestion.backfill;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Backfills as the API shows them: progress against the estimate, and an ETA from the rate seen so far. */
@Repository
class BackfillViews {

    private static final String COLUMNS = "id, source, symbols, bar_interval, adjusted, range_from, range_to, status,"
            + " created_at, started_at, ended_at, pages_done, estimated_pages, bars_done, estimated_bars,"
            + " bars_unchanged, malformed_pages, error, planned";

    static final String STEP_COLUMNS =
            "seq, symbol, range_from, range_to, expected_bars, status, pages_done, bars_done, ingestion_log_id, error";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BackfillViews(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Backfill> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM market_backfill WHERE id = ?", this::backfill, id).stream()
                .findFirst()
                .map(b -> b.withSteps(steps(id)));
    }

    List<Backfill> recent(int limit, String status) {
        if (status == null) {
            return jdbc.query(
                    "SELECT " + COLUMNS + " FROM market_backfill ORDER BY id DESC LIMIT ?", this::backfill, limit);
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM market_backfill WHERE status = ? ORDER BY id DESC LIMIT ?",
                this::backfill,
                status,
                limit);
    }

    List<Backfill.Step> steps(long id) {
        return jdbc.query(
                "SELECT " + STEP_COLUMNS + " FROM market_backfill_step WHERE backfill_id = ? ORDER BY seq",
                BackfillViews::step,
                id);
    }

    private Backfill backfill(ResultSet rs, int row) throws SQLException {
        long pagesDone = rs.getLong("pages_done");
        long pagesEstimated = rs.getLong("estimated_pages");
        long barsDone = rs.getLong("bars_done");
        long barsEstimated = rs.getLong("estimated_bars");
        String status = rs.getString("status");
        Instant startedAt = instant(rs.getTimestamp("started_at"));
        Double fraction = null;
        if (rs.getBoolean("planned")) {
            double byPages = pagesEstimated == 0 ? 1 : (double) pagesDone / pagesEstimated;
            double byBars = barsEstimated == 0 ? 1 : (double) barsDone / barsEstimated;
            fraction = "completed".equals(status) ? 1.0 : Math.min(1.0, Math.max(byPages, byBars));
        }
        return new Backfill(
                rs.getLong("id"),
                rs.getString("source"),
                strings(rs.getArray("symbols")),
                rs.getString("bar_interval"),
                rs.getBoolean("adjusted"),
                rs.getTimestamp("range_from").toInstant(),
                rs.getTimestamp("range_to").toInstant(),
                status,
                rs.getTimestamp("created_at").toInstant(),
                startedAt,
                instant(rs.getTimestamp("ended_at")),
                new Backfill.Progress(
                        pagesDone,
                        pagesEstimated,
                        barsDone,
                        barsEstimated,
                        rs.getLong("bars_unchanged"),
                        rs.getLong("malformed_pages"),
                        fraction == null ? null : Math.round(fraction * 1000) / 10.0,
                        eta(status, startedAt, fraction)),
                rs.getString("error"),
                null);
    }

    /** From the rate seen since the job started: the time it took for its share done, for the share left. */
    private Instant eta(String status, Instant startedAt, Double fraction) {
        if (!"running".equals(status) || startedAt == null || fraction == null || fraction <= 0) {
            return null;
        }
        Instant now = clock.instant();
        long elapsed = Duration.between(startedAt, now).toMillis();
        return now.plusMillis(Math.round(elapsed * (1 - fraction) / fraction));
    }

    static Backfill.Step step(ResultSet rs, int row) throws SQLException {
        Long logId = rs.getObject("ingestion_log_id", Long.class);
        return new Backfill.Step(
                rs.getInt("seq"),
                rs.getString("symbol"),
                rs.getTimestamp("range_from").toInstant(),
                rs.getTimestamp("range_to").toInstant(),
                rs.getLong("expected_bars"),
                rs.getString("status"),
                rs.getLong("pages_done"),
                rs.getLong("bars_done"),
                logId,
                rs.getString("error"));
    }

    static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
