package com.maritimealphaflow.dashboard.traffic;

import com.maritimealphaflow.dashboard.CategoryParameter;
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
 * Reads vessel counts from {@code ship_count_agg} (one row per window, primary key {@code batch_start}); every query
 * is a range scan of that key.
 */
@Repository
class CountsRepository {

    private static final String COLUMNS = CountColumns.each("%s");

    private final JdbcTemplate jdbc;

    CountsRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest window, if any. */
    Optional<Window> latest() {
        return jdbc
                .query(
                        "SELECT batch_start, " + COLUMNS + ", batch_end FROM ship_count_agg"
                                + " ORDER BY batch_start DESC LIMIT 1",
                        (rs, i) -> new Window(row(rs, i), instant(rs, CountColumns.ALL.size() + 2)))
                .stream()
                .findFirst();
    }

    /** The oldest window's start, if any. */
    Optional<Instant> earliest() {
        return jdbc
                .query("SELECT batch_start FROM ship_count_agg ORDER BY batch_start LIMIT 1", (rs, i) -> instant(rs, 1))
                .stream()
                .findFirst();
    }

    /** Mean total over the windows whose start lies in {@code (from, to]}, by time, however many rows that is. */
    Average averageTotal(Instant from, Instant to) {
        return jdbc.queryForObject(
                "SELECT avg(total), count(*), min(batch_start) FROM ship_count_agg"
                        + " WHERE batch_start > ? AND batch_start <= ?",
                (rs, i) -> new Average(
                        rs.getObject(1) == null ? null : rs.getDouble(1), rs.getInt(2), instantOrNull(rs, 3)),
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /** Every window whose start lies in {@code [from, to]}, oldest first. */
    List<CountRow> windows(Instant from, Instant to) {
        return jdbc.query(
                "SELECT batch_start, " + COLUMNS + " FROM ship_count_agg WHERE batch_start >= ? AND batch_start <= ?"
                        + " ORDER BY batch_start",
                CountsRepository::row,
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /**
     * The average window per hour or day (UTC) over the windows whose start lies in {@code [from, to]}, oldest first.
     * This is the one place that knows how long ranges are summarised: from the aggregation service's rollups, or,
     * where none cover the range, by averaging the windows.
     */
    List<CountRow> buckets(Resolution resolution, Instant from, Instant to) {
        List<CountRow> rolledUp = rollups(resolution, from, to);
        return rolledUp.isEmpty() ? averagedWindows(resolution, from, to) : rolledUp;
    }

    /**
     * The aggregation service's hourly or daily rollups ({@code ship_count_rollup}, one row per period and category):
     * at most 24 rows a day to read, however long the range.
     */
    private List<CountRow> rollups(Resolution resolution, Instant from, Instant to) {
        return jdbc.query(
                "SELECT period_start, "
                        + CountColumns.each("coalesce(max(avg_vessels) FILTER (WHERE category = '%s'), 0)")
                        + " FROM ship_count_rollup WHERE period = ? AND period_start >= ? AND period_start <= ?"
                        + " GROUP BY period_start ORDER BY period_start",
                CountsRepository::row,
                resolution.key(),
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /** Averages of the windows themselves, for a range the rollups do not cover (a database counted before them). */
    private List<CountRow> averagedWindows(Resolution resolution, Instant from, Instant to) {
        Duration step = resolution.step(Duration.ZERO);
        return jdbc.query(
                "SELECT date_bin(?::interval, batch_start, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS bucket, "
                        + CountColumns.each("avg(%s::float8)")
                        + " FROM ship_count_agg WHERE batch_start >= ? AND batch_start <= ?"
                        + " GROUP BY bucket ORDER BY bucket",
                CountsRepository::row,
                step.toSeconds() + " seconds",
                Timestamp.from(from),
                Timestamp.from(to));
    }

    private static CountRow row(ResultSet rs, int rowNumber) throws SQLException {
        double[] values = new double[CountColumns.ALL.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getDouble(i + 2);
        }
        return new CountRow(instant(rs, 1), values);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A window of {@code ship_count_agg}: its counts and its end. */
    record Window(CountRow counts, Instant end) {

        Instant start() {
            return counts.time();
        }

        int total() {
            return (int) counts.value(CategoryParameter.TOTAL);
        }
    }

    /** A mean over windows: null when there were none. */
    record Average(Double mean, int windows, Instant oldestWindow) {}
}
