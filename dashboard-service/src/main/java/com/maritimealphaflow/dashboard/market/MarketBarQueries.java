package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.RollupIntervals;
import com.maritimealphaflow.model.market.calendar.Coverage;
import com.maritimealphaflow.model.market.calendar.Hole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads of one series of {@code market_bar}: its candles (stored, or rolled up from its minutes), holes, coverage. */
@Repository
class MarketBarQueries {

    private static final String SERIES = "m.symbol = ? AND m.bar_interval = ? AND m.source = ? AND m.adjusted = ?";

    private final JdbcTemplate jdbc;

    MarketBarQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code market_instrument.market} of the instrument, when its source lists it. */
    Optional<String> market(String source, String symbol) {
        return jdbc
                .queryForList(
                        "SELECT market FROM market_instrument WHERE source = ? AND symbol = ?",
                        String.class,
                        source,
                        symbol)
                .stream()
                .findFirst();
    }

    /** The start of the series' newest bar at the interval. */
    Optional<Instant> latest(CandleSeries series, BarInterval interval) {
        Timestamp latest = jdbc.queryForObject(
                "SELECT max(bar_time) FROM market_bar m WHERE " + SERIES, Timestamp.class, series.key(interval));
        return Optional.ofNullable(latest).map(Timestamp::toInstant);
    }

    /** The stored bars (native or rollup) starting in [from, to), oldest first, at most {@code limit}. */
    List<Candle> stored(CandleSeries series, BarInterval interval, Instant from, Instant to, int limit) {
        return jdbc.query(
                "SELECT m.bar_time, m.open, m.high, m.low, m.close, m.volume, m.trades, m.vwap, m.minutes, m.origin"
                        + " FROM market_bar m WHERE " + SERIES + " AND m.bar_time >= ? AND m.bar_time < ?"
                        + " ORDER BY m.bar_time LIMIT ?",
                (rs, row) -> candle(rs, rs.getString("origin")),
                args(series.key(interval), Timestamp.from(from), Timestamp.from(to), limit));
    }

    /**
     * The interval's bars rolled up now from the series' 1-minute bars in [from, to), by the rules of the stored
     * rollups ({@link RollupIntervals}); nothing is written.
     */
    List<Candle> fromMinutes(CandleSeries series, BarInterval interval, Instant from, Instant to, int limit) {
        String sql =
                """
                SELECT bucket AS bar_time, %s, 'minutes' AS origin
                FROM (SELECT m.*, %s AS bucket FROM market_bar m
                      WHERE %s AND m.bar_time >= ? AND m.bar_time < ?) m
                GROUP BY bucket ORDER BY bucket LIMIT ?
                """
                        .formatted(RollupIntervals.AGGREGATES, RollupIntervals.bucket(interval), SERIES);
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < RollupIntervals.zoneParameters(interval); i++) {
            args.add(series.calendar().zone().getId());
        }
        args.addAll(List.of(series.key(BarInterval.ONE_MINUTE)));
        args.addAll(List.of(Timestamp.from(from), Timestamp.from(to), limit));
        return jdbc.query(sql, (rs, row) -> candle(rs, "minutes"), args.toArray());
    }

    /**
     * Where no bar starts for longer than one interval within [from, to), computed in the database (only the holes
     * leave it), the range's edges included; for daily bars any step over 24 hours (the calendar decides).
     */
    List<Hole> holes(CandleSeries series, BarInterval interval, Instant from, Instant to) {
        List<Hole> holes = new ArrayList<>();
        Object[] range = args(series.key(interval), Timestamp.from(from), Timestamp.from(to));
        jdbc.query(
                "SELECT prev, bar_time FROM (SELECT m.bar_time, lag(m.bar_time) OVER (ORDER BY m.bar_time) AS prev"
                        + " FROM market_bar m WHERE " + SERIES + " AND m.bar_time >= ? AND m.bar_time < ?) t"
                        + " WHERE prev IS NULL OR bar_time - prev > ? * interval '1 millisecond' ORDER BY bar_time",
                rs -> {
                    Timestamp prev = rs.getTimestamp(1);
                    holes.add(new Hole(
                            prev == null ? null : prev.toInstant(),
                            rs.getTimestamp(2).toInstant()));
                },
                args(range, interval.length().toMillis()));
        if (holes.isEmpty()) {
            return List.of(new Hole(null, null));
        }
        Timestamp last = jdbc.queryForObject(
                "SELECT max(m.bar_time) FROM market_bar m WHERE " + SERIES + " AND m.bar_time >= ? AND m.bar_time < ?",
                Timestamp.class,
                range);
        holes.add(new Hole(last.toInstant(), null));
        return holes;
    }

    /** Ranges fetched in full at any of the intervals that overlap [from, to), sorted by start. */
    List<Coverage> coverage(CandleSeries series, List<BarInterval> intervals, Instant from, Instant to) {
        return jdbc.query(
                "SELECT covered_from, covered_to FROM market_bar_coverage WHERE symbol = ? AND source = ?"
                        + " AND adjusted = ? AND bar_interval = ANY (?) AND covered_to > ? AND covered_from < ?"
                        + " ORDER BY covered_from",
                (rs, n) -> new Coverage(
                        rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()),
                series.symbol(),
                series.source(),
                series.adjusted(),
                intervals.stream().map(BarInterval::key).toArray(String[]::new),
                Timestamp.from(from),
                Timestamp.from(to));
    }

    private static Candle candle(ResultSet rs, String origin) throws SQLException {
        Number minutes = (Number) rs.getObject("minutes");
        Number trades = (Number) rs.getObject("trades");
        return new Candle(
                rs.getTimestamp("bar_time").toInstant(),
                rs.getBigDecimal("open"),
                rs.getBigDecimal("high"),
                rs.getBigDecimal("low"),
                rs.getBigDecimal("close"),
                rs.getBigDecimal("volume"),
                trades == null ? null : trades.longValue(),
                rs.getBigDecimal("vwap"),
                minutes == null ? null : minutes.intValue(),
                origin);
    }

    private static Object[] args(Object[] key, Object... more) {
        return Stream.concat(Stream.of(key), Stream.of(more)).toArray();
    }
}
