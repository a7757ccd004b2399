package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.pairs.screen.PairResult;
import com.maritimealphaflow.dashboard.pairs.screen.PairScreenResult;
import com.maritimealphaflow.service.jobs.LeasedJobRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code pair_screen} and {@code pair_screen_pair}: screens as leased jobs, and every pair a completed screen tested,
 * stored with its completion in one transaction.
 */
@Repository
class ScreenStore {

    private static final int INSERT_BATCH = 2_000;

    private static final String COLUMNS =
            "id, status, trigger, created_at, started_at, ended_at, error, settings::text AS settings, pairs_total,"
                    + " pairs_done, instruments, eligible, candidate_pairs, pairs_tested, passing, skipped,"
                    + " dropped::text AS dropped, clusters::text AS clusters";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final LeasedJobRows rows;

    ScreenStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
        this.rows = new LeasedJobRows(jdbc, clock, "pair_screen");
    }

    LeasedJobRows rows() {
        return rows;
    }

    long create(ScreenSettings settings, String trigger) {
        return jdbc.queryForObject(
                "INSERT INTO pair_screen (status, trigger, settings) VALUES ('queued', ?, ?::jsonb) RETURNING id",
                Long.class,
                trigger,
                json.writeValueAsString(settings));
    }

    /** Whether a screen of this trigger is queued or running (the schedule does not pile them up). */
    boolean anyActive(String trigger) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pair_screen WHERE trigger = ? AND status IN ('queued', 'running'))",
                Boolean.class,
                trigger));
    }

    Optional<Screen> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM pair_screen WHERE id = ?", this::screen, id).stream()
                .findFirst();
    }

    List<Screen> latest(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM pair_screen ORDER BY id DESC LIMIT ?", this::screen, limit);
    }

    ScreenSettings settings(long id) {
        return json.readValue(
                jdbc.queryForObject("SELECT settings::text FROM pair_screen WHERE id = ?", String.class, id),
                ScreenSettings.class);
    }

    /** Records progress of a running screen; false when it is no longer this instance's (cancelled, taken over). */
    boolean progress(long id, String instance, long done, long total) {
        return jdbc.update(
                        "UPDATE pair_screen SET pairs_done = ?, pairs_total = ?, heartbeat_at = ?"
                                + " WHERE id = ? AND status = 'running' AND claimed_by = ?",
                        done,
                        total,
                        Timestamp.from(clock.instant()),
                        id,
                        instance)
                == 1;
    }

    /**
     * Completes a screen with everything it found, in one transaction: its pairs and its summary, or nothing when it
     * is no longer this instance's (cancelled meanwhile). Returns whether it was stored.
     */
    boolean complete(long id, String instance, int instruments, PairScreenResult result) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int updated = jdbc.update(
                    """
                    UPDATE pair_screen SET status = 'completed', ended_at = ?, claimed_by = NULL,
                        pairs_done = ?, pairs_total = ?, instruments = ?, eligible = ?, candidate_pairs = ?,
                        pairs_tested = ?, passing = ?, skipped = ?, dropped = ?::jsonb, clusters = ?::jsonb
                    WHERE id = ? AND status = 'running' AND claimed_by = ?
                    """,
                    Timestamp.from(clock.instant()),
                    result.candidatePairs(),
                    result.candidatePairs(),
                    instruments,
                    result.eligible().size(),
                    result.candidatePairs(),
                    result.pairs().size(),
                    result.passing().size(),
                    result.skipped().size(),
                    json.writeValueAsString(result.dropped()),
                    result.clusters() == null ? null : json.writeValueAsString(result.clusters()),
                    id,
                    instance);
            if (updated != 1) {
                return false;
            }
            jdbc.update("DELETE FROM pair_screen_pair WHERE screen_id = ?", id);
            List<PairResult> pairs = result.pairs();
            for (int from = 0; from < pairs.size(); from += INSERT_BATCH) {
                List<Object[]> batch = new ArrayList<>();
                for (PairResult p : pairs.subList(from, Math.min(pairs.size(), from + INSERT_BATCH))) {
                    batch.add(new Object[] {
                        id,
                        p.dependent(),
                        p.independent(),
                        p.cluster(),
                        p.observations(),
                        p.droppedDates(),
                        p.intercept(),
                        p.hedgeRatio(),
                        p.statistic(),
                        p.otherStatistic(),
                        p.adfLag(),
                        p.pValue(),
                        p.holmPValue(),
                        p.bhPValue(),
                        p.halfLife(),
                        p.hurst(),
                        p.meanCrossings(),
                        p.returnCorrelation(),
                        p.passes()
                    });
                }
                jdbc.batchUpdate(
                        "INSERT INTO pair_screen_pair (screen_id, dependent, independent, cluster, observations,"
                                + " dropped_dates, intercept, hedge_ratio, statistic, other_statistic, adf_lag,"
                                + " p_value, holm_p_value, bh_p_value, half_life, hurst, mean_crossings,"
                                + " return_correlation, passes)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        batch);
            }
            return true;
        }));
    }

    /** Deletes the ended screens (and their pairs) beyond the newest {@code keep}; returns how many went. */
    int prune(int keep) {
        return jdbc.update(
                "DELETE FROM pair_screen WHERE status NOT IN ('queued', 'running') AND id NOT IN"
                        + " (SELECT id FROM pair_screen WHERE status NOT IN ('queued', 'running')"
                        + " ORDER BY id DESC LIMIT ?)",
                keep);
    }

    PairPage pairs(long id, PairFilter filter, int limit, int offset) {
        Where where = where(id, filter);
        Long total = jdbc.queryForObject(
                "SELECT count(*) FROM pair_screen_pair WHERE " + where.sql(), Long.class, where.args());
        List<Object> args = new ArrayList<>(List.of(where.args()));
        args.add(limit);
        args.add(offset);
        List<PairRow> rows = jdbc.query(
                "SELECT * FROM pair_screen_pair WHERE " + where.sql() + order(filter) + " LIMIT ? OFFSET ?",
                (rs, n) -> row(rs),
                args.toArray());
        return new PairPage(id, total == null ? 0 : total, offset, limit, rows);
    }

    /** Every pair the filter matches, in its order, one at a time (a CSV of a whole screen is not held in memory). */
    void eachPair(long id, PairFilter filter, Consumer<PairRow> out) {
        Where where = where(id, filter);
        jdbc.query(
                "SELECT * FROM pair_screen_pair WHERE " + where.sql() + order(filter),
                rs -> {
                    out.accept(row(rs));
                },
                where.args());
    }

    /** One pair's row, either ordering. */
    Optional<PairRow> pair(long id, String first, String second) {
        return jdbc
                .query(
                        "SELECT * FROM pair_screen_pair WHERE screen_id = ? AND ((dependent = ? AND independent = ?)"
                                + " OR (dependent = ? AND independent = ?))",
                        (rs, n) -> row(rs),
                        id,
                        first,
                        second,
                        second,
                        first)
                .stream()
                .findFirst();
    }

    private record Where(String sql, Object[] args) {}

    private static Where where(long id, PairFilter filter) {
        StringBuilder sql = new StringBuilder("screen_id = ?");
        List<Object> args = new ArrayList<>(List.of(id));
        if (filter.passingOnly()) {
            sql.append(" AND passes");
        }
        if (filter.symbol() != null) {
            sql.append(" AND (dependent ILIKE ? OR independent ILIKE ?)");
            String pattern = "%"
                    + filter.symbol().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(pattern);
            args.add(pattern);
        }
        return new Where(sql.toString(), args.toArray());
    }

    private static String order(PairFilter filter) {
        // NaN sorts above every number in PostgreSQL: last whichever the order
        String nanLast = "(" + filter.column() + " = 'NaN'::float8)";
        return " ORDER BY " + nanLast + ", " + filter.column() + (filter.descending() ? " DESC" : " ASC")
                + ", dependent, independent";
    }

    private static PairRow row(ResultSet rs) throws SQLException {
        return new PairRow(
                rs.getString("dependent"),
                rs.getString("independent"),
                rs.getInt("cluster"),
                rs.getInt("observations"),
                rs.getInt("dropped_dates"),
                PairRow.finite(rs.getDouble("intercept")),
                PairRow.finite(rs.getDouble("hedge_ratio")),
                PairRow.finite(rs.getDouble("statistic")),
                PairRow.finite(rs.getDouble("other_statistic")),
                rs.getInt("adf_lag"),
                PairRow.finite(rs.getDouble("p_value")),
                PairRow.finite(rs.getDouble("holm_p_value")),
                PairRow.finite(rs.getDouble("bh_p_value")),
                PairRow.finite(rs.getDouble("half_life")),
                PairRow.finite(rs.getDouble("hurst")),
                rs.getInt("mean_crossings"),
                PairRow.finite(rs.getDouble("return_correlation")),
                rs.getBoolean("passes"));
    }

    private Screen screen(ResultSet rs, int row) throws SQLException {
        return new Screen(
                rs.getLong("id"),
                rs.getString("status"),
                rs.getString("trigger"),
                instant(rs, "created_at"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                rs.getString("error"),
                json.readValue(rs.getString("settings"), ScreenSettings.class),
                rs.getLong("pairs_total"),
                rs.getLong("pairs_done"),
                (Integer) rs.getObject("instruments"),
                (Integer) rs.getObject("eligible"),
                (Long) rs.getObject("candidate_pairs"),
                (Long) rs.getObject("pairs_tested"),
                (Long) rs.getObject("passing"),
                (Long) rs.getObject("skipped"),
                tree(rs.getString("dropped")),
                tree(rs.getString("clusters")));
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
