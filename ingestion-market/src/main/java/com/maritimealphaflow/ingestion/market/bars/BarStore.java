package com.maritimealphaflow.ingestion.market.bars;

import com.maritimealphaflow.model.market.calendar.Coverage;
import com.maritimealphaflow.model.market.calendar.Hole;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The bars table. Writes go by {@code COPY} into a temporary staging table and one {@code INSERT … ON CONFLICT DO
 * UPDATE} that only touches a row whose values differ, so a re-fetch changes nothing and a corrected bar replaces the
 * old one. A write joins the caller's transaction when there is one, so that bars and the progress they make are
 * committed together.
 */
@Repository
public class BarStore {

    private static final String COLUMNS =
            "symbol, bar_interval, source, adjusted, bar_time, open, high, low, close, volume, trades, vwap";
    private static final String KEY = "symbol, bar_interval, source, adjusted, bar_time";
    private static final String STAGE =
            "CREATE TEMP TABLE IF NOT EXISTS market_bar_stage (LIKE market_bar INCLUDING DEFAULTS) ON COMMIT DELETE ROWS";
    private static final String MOVE = "INSERT INTO market_bar AS b (" + COLUMNS + ") SELECT " + COLUMNS
            + " FROM market_bar_stage ON CONFLICT (" + KEY + ") DO UPDATE SET open = EXCLUDED.open,"
            + " high = EXCLUDED.high, low = EXCLUDED.low, close = EXCLUDED.close, volume = EXCLUDED.volume,"
            + " trades = EXCLUDED.trades, vwap = EXCLUDED.vwap, origin = 'native', minutes = NULL,"
            + " updated_at = now()"
            // a bar fetched at an interval replaces a rollup of it (decision 0022)
            + " WHERE b.origin <> 'native' OR (b.open, b.high, b.low, b.close, b.volume, b.trades, b.vwap)"
            + " IS DISTINCT FROM (EXCLUDED.open, EXCLUDED.high, EXCLUDED.low, EXCLUDED.close, EXCLUDED.volume,"
            + " EXCLUDED.trades, EXCLUDED.vwap)";
    private static final String SERIES = "symbol = ? AND bar_interval = ? AND source = ? AND adjusted = ?";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    public BarStore(DataSource dataSource, JdbcTemplate jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Upserts the bars; of two with the same time in one call the later wins. */
    public StoredBars write(BarSeries series, Collection<Bar> bars) {
        if (bars.isEmpty()) {
            return StoredBars.NONE;
        }
        Map<Instant, Bar> byTime = new LinkedHashMap<>();
        bars.forEach(bar -> byTime.put(bar.time(), bar));
        String rows = copyRows(series, byTime.values());
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try {
                long stored = copyAndMove(connection, rows);
                if (ownTransaction) {
                    connection.commit();
                }
                return new StoredBars(stored, byTime.size() - stored);
            } catch (SQLException | RuntimeException e) {
                if (ownTransaction) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (ownTransaction) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not store " + bars.size() + " bars of " + series, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static long copyAndMove(Connection connection, String rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGE);
            // ON COMMIT empties the stage only at the end of a transaction; a CSV file writes many chunks in one, and
            // each must move only its own rows (else every chunk re-moves all before it, and a bar time repeated in two
            // chunks makes ON CONFLICT touch one row twice, which PostgreSQL refuses).
            statement.execute("TRUNCATE market_bar_stage");
        }
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY market_bar_stage (" + COLUMNS + ") FROM STDIN", new StringReader(rows));
        } catch (IOException e) {
            throw new SQLException("COPY into market_bar_stage failed", e);
        }
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(MOVE);
        }
    }

    private static String copyRows(BarSeries series, Collection<Bar> bars) {
        StringBuilder out = new StringBuilder(bars.size() * 120);
        String prefix = escape(series.symbol())
                + '\t'
                + series.interval().key()
                + '\t'
                + series.source().key()
                + '\t'
                + (series.adjusted() ? 't' : 'f')
                + '\t';
        for (Bar bar : bars) {
            out.append(prefix)
                    .append(bar.time())
                    .append('\t')
                    .append(bar.open().toPlainString())
                    .append('\t')
                    .append(bar.high().toPlainString())
                    .append('\t')
                    .append(bar.low().toPlainString())
                    .append('\t')
                    .append(bar.close().toPlainString())
                    .append('\t')
                    .append(bar.volume().toPlainString())
                    .append('\t')
                    .append(bar.trades() == null ? "\\N" : bar.trades().toString())
                    .append('\t')
                    .append(bar.vwap() == null ? "\\N" : bar.vwap().toPlainString())
                    .append('\n');
        }
        return out.toString();
    }

    /** Symbols come from requests and configuration: escape what COPY's text format would read as structure. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The start of the newest stored bar. */
    public Optional<Instant> latest(BarSeries series) {
        Timestamp latest = jdbc.queryForObject(
                "SELECT max(bar_time) FROM market_bar WHERE " + SERIES, Timestamp.class, params(series));
        return Optional.ofNullable(latest).map(Timestamp::toInstant);
    }

    public long count(BarSeries series, Instant from, Instant to) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM market_bar WHERE " + SERIES + " AND bar_time >= ? AND bar_time < ?",
                Long.class,
                params(series, Timestamp.from(from), Timestamp.from(to)));
    }

    /**
     * Where no bar starts for longer than one interval within {@code [from, to)}, computed in the database (only the
     * holes leave it, not the bars), the edges of the range included. For a daily interval a hole is any step over
     * 24 hours: the caller's calendar decides whether a trading day is missing in it.
     */
    public List<Hole> holes(BarSeries series, Instant from, Instant to) {
        List<Hole> holes = new ArrayList<>();
        Object[] args = params(
                series,
                Timestamp.from(from),
                Timestamp.from(to),
                series.interval().length().toMillis());
        jdbc.query(
                "SELECT prev, bar_time FROM (SELECT bar_time, lag(bar_time) OVER (ORDER BY bar_time) AS prev"
                        + " FROM market_bar WHERE " + SERIES + " AND bar_time >= ? AND bar_time < ?) t"
                        + " WHERE prev IS NULL OR bar_time - prev > ? * interval '1 millisecond'"
                        + " ORDER BY bar_time",
                rs -> {
                    Timestamp prev = rs.getTimestamp(1);
                    holes.add(new Hole(
                            prev == null ? null : prev.toInstant(),
                            rs.getTimestamp(2).toInstant()));
                },
                args);
        if (holes.isEmpty()) {
            holes.add(new Hole(null, null));
            return holes;
        }
        Timestamp last = jdbc.queryForObject(
                "SELECT max(bar_time) FROM market_bar WHERE " + SERIES + " AND bar_time >= ? AND bar_time < ?",
                Timestamp.class,
                params(series, Timestamp.from(from), Timestamp.from(to)));
        holes.add(new Hole(last.toInstant(), null));
        return holes;
    }

    /** Ranges fetched in full that overlap {@code [from, to)}, sorted by start. */
    public List<Coverage> coverage(BarSeries series, Instant from, Instant to) {
        return jdbc.query(
                "SELECT covered_from, covered_to FROM market_bar_coverage WHERE " + SERIES
                        + " AND covered_to > ? AND covered_from < ? ORDER BY covered_from",
                (rs, n) -> new Coverage(
                        rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()),
                params(series, Timestamp.from(from), Timestamp.from(to)));
    }

    /** Records that {@code [from, to)} was fetched in full; joins the caller's transaction. */
    public void covered(BarSeries series, Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return;
        }
        jdbc.update(
                "INSERT INTO market_bar_coverage (symbol, bar_interval, source, adjusted, covered_from, covered_to)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                params(series, Timestamp.from(from), Timestamp.from(to)));
    }

    private static Object[] params(BarSeries series, Object... more) {
        Object[] all = new Object[4 + more.length];
        all[0] = series.symbol();
        all[1] = series.interval().key();
        all[2] = series.source().key();
        all[3] = series.adjusted();
        System.arraycopy(more, 0, all, 4, more.length);
        return all;
    }
}
