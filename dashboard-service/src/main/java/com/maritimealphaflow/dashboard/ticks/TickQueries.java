package com.maritimealphaflow.dashboard.ticks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads what the tick pipeline stored: {@code tick_symbol}, {@code tick_window} and {@code tick_crossover}. */
@Repository
class TickQueries {

    private static final String BREAKOUT_COLUMNS =
            "c.id, c.symbol, c.window_end, c.kind, c.last_event_time, c.close, c.ema38, c.ema100";

    private static final RowMapper<Breakout> BREAKOUT = (rs, row) -> new Breakout(
            rs.getLong("id"),
            rs.getString("symbol"),
            instant(rs, "window_end"),
            rs.getString("kind"),
            instant(rs, "last_event_time"),
            rs.getDouble("close"),
            rs.getDouble("ema38"),
            rs.getDouble("ema100"));

    private static final RowMapper<TickSymbol> SYMBOL = (rs, row) -> new TickSymbol(
            rs.getString("symbol"),
            rs.getString("sec_type"),
            rs.getDouble("last_close"),
            rs.getDouble("ema38"),
            rs.getDouble("ema100"),
            rs.getLong("windows"),
            instant(rs, "first_window"),
            instant(rs, "last_window"),
            rs.getString("breakout_kind"),
            instant(rs, "breakout_window"));

    private static final String SYMBOL_SELECT = "SELECT s.symbol, s.sec_type, s.last_close, s.ema38, s.ema100,"
            + " s.windows, s.first_window, s.last_window, b.kind AS breakout_kind, b.window_end AS breakout_window"
            + " FROM tick_symbol s LEFT JOIN LATERAL (SELECT c.kind, c.window_end FROM tick_crossover c"
            + " WHERE c.symbol = s.symbol ORDER BY c.window_end DESC LIMIT 1) b ON true";

    private final JdbcTemplate jdbc;

    TickQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TickSymbol> symbol(String symbol) {
        return jdbc.query(SYMBOL_SELECT + " WHERE s.symbol = ?", SYMBOL, symbol).stream()
                .findFirst();
    }

    /**
     * Symbols starting with {@code text} (any case) by name, then those containing it; {@code strpos} rather than
     * LIKE, so that the search's own {@code _} is no wildcard.
     */
    List<TickSymbol> search(String text, int limit) {
        return jdbc.query(
                SYMBOL_SELECT + " WHERE strpos(upper(s.symbol), upper(?)) > 0"
                        + " ORDER BY strpos(upper(s.symbol), upper(?)) <> 1, s.symbol LIMIT ?",
                SYMBOL,
                text,
                text,
                limit);
    }

    /** The latest {@code limit} windows of the range [from, to), oldest first; one more to tell a truncation. */
    List<TickWindow> latestWindows(String symbol, Instant from, Instant to, int limit) {
        List<TickWindow> windows = new ArrayList<>(jdbc.query(
                "SELECT window_end, close, ema38, ema100, last_event_time FROM tick_window"
                        + " WHERE symbol = ? AND window_end >= ? AND window_end < ? ORDER BY window_end DESC LIMIT ?",
                (rs, row) -> new TickWindow(
                        instant(rs, "window_end"),
                        rs.getDouble("close"),
                        rs.getDouble("ema38"),
                        rs.getDouble("ema100"),
                        instant(rs, "last_event_time")),
                symbol,
                Timestamp.from(from),
                Timestamp.from(to),
                limit));
        Collections.reverse(windows);
        return windows;
    }

    /** A symbol's breakouts in [from, to), oldest first. */
    List<Breakout> breakouts(String symbol, Instant from, Instant to) {
        return jdbc.query(
                "SELECT " + BREAKOUT_COLUMNS + " FROM tick_crossover c"
                        + " WHERE c.symbol = ? AND c.window_end >= ? AND c.window_end < ? ORDER BY c.window_end",
                BREAKOUT,
                symbol,
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /** The latest breakouts, of one symbol or of all when {@code symbol} is null; latest window first. */
    List<Breakout> latestBreakouts(String symbol, int limit) {
        if (symbol != null) {
            return jdbc.query(
                    "SELECT " + BREAKOUT_COLUMNS + " FROM tick_crossover c WHERE c.symbol = ?"
                            + " ORDER BY c.window_end DESC LIMIT ?",
                    BREAKOUT,
                    symbol,
                    limit);
        }
        return jdbc.query(
                "SELECT " + BREAKOUT_COLUMNS + " FROM tick_crossover c ORDER BY c.window_end DESC, c.id DESC LIMIT ?",
                BREAKOUT,
                limit);
    }

    /**
     * The {@code limit} newest crossovers with an id above {@code afterId} (of one symbol when it is not null), in id
     * order: what a stream has not sent yet.
     */
    List<Breakout> breakoutsAfter(long afterId, String symbol, int limit) {
        List<Breakout> newest = new ArrayList<>(jdbc.query(
                "SELECT " + BREAKOUT_COLUMNS + " FROM tick_crossover c WHERE c.id > ?"
                        + (symbol == null ? "" : " AND c.symbol = ?") + " ORDER BY c.id DESC LIMIT ?",
                BREAKOUT,
                symbol == null ? new Object[] {afterId, limit} : new Object[] {afterId, symbol, limit}));
        Collections.reverse(newest);
        return newest;
    }

    /** The highest crossover id so far, 0 when there is none. */
    long lastCrossoverId() {
        Long id = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM tick_crossover", Long.class);
        return id == null ? 0 : id;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
