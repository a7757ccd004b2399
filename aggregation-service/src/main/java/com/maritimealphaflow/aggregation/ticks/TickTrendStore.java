package com.maritimealphaflow.aggregation.ticks;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.TrendState;
import com.maritimealphaflow.model.ticks.TrendWindow;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored side of the trend operator: each symbol's state ({@code tick_symbol}), its windows ({@code tick_window})
 * and crossovers ({@code tick_crossover}, each new one with its alert in {@code tick_alert}). Rows are written a
 * whole batch per statement (arrays unnested in SQL), and every write is an upsert, so applying the same windows
 * twice changes nothing.
 */
@Repository
class TickTrendStore {

    /** A symbol's stored state, and the end of its first window. */
    record StoredSymbol(TrendState state, long firstWindow) {}

    private static final String EPOCH_MS = "timestamptz 'epoch' + %s * interval '1 millisecond'";

    private final JdbcTemplate jdbc;

    TickTrendStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises appliers across instances until the transaction ends: windows of a symbol are applied in order. */
    void lock() {
        jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('alphaflow.tick_trends'))");
    }

    Map<String, StoredSymbol> states(Collection<String> symbols) {
        Map<String, StoredSymbol> states = new HashMap<>();
        jdbc.query(
                con -> {
                    PreparedStatement statement =
                            con.prepareStatement("SELECT symbol, ema38, ema100, first_window, last_window, windows"
                                    + " FROM tick_symbol WHERE symbol = ANY (?)");
                    statement.setArray(1, con.createArrayOf("text", symbols.toArray()));
                    return statement;
                },
                rs -> {
                    states.put(
                            rs.getString("symbol"),
                            new StoredSymbol(
                                    new TrendState(
                                            rs.getDouble("ema38"),
                                            rs.getDouble("ema100"),
                                            rs.getTimestamp("last_window").getTime(),
                                            rs.getLong("windows")),
                                    rs.getTimestamp("first_window").getTime()));
                });
        return states;
    }

    /** The state after the symbol's last window before {@code windowEnd}; the initial state when there is none. */
    TrendState stateBefore(String symbol, long windowEnd) {
        Timestamp before = new Timestamp(windowEnd);
        Long windows = jdbc.queryForObject(
                "SELECT count(*) FROM tick_window WHERE symbol = ? AND window_end < ?", Long.class, symbol, before);
        List<TrendState> last = jdbc.query(
                "SELECT ema38, ema100, window_end FROM tick_window WHERE symbol = ? AND window_end < ?"
                        + " ORDER BY window_end DESC LIMIT 1",
                (rs, row) -> new TrendState(
                        rs.getDouble("ema38"),
                        rs.getDouble("ema100"),
                        rs.getTimestamp("window_end").getTime(),
                        windows == null ? 0 : windows),
                symbol,
                before);
        return last.isEmpty() ? TrendState.INITIAL : last.get(0);
    }

    /** The symbol's stored windows from {@code windowEnd} on, in order. */
    List<TrendWindow> windowsFrom(String symbol, String secType, long windowEnd) {
        return jdbc.query(
                "SELECT window_end, close, last_event_time, ema38, ema100 FROM tick_window"
                        + " WHERE symbol = ? AND window_end >= ? ORDER BY window_end",
                (rs, row) -> new TrendWindow(
                        symbol,
                        secType,
                        rs.getTimestamp("window_end").getTime(),
                        rs.getDouble("close"),
                        rs.getTimestamp("last_event_time").getTime(),
                        rs.getDouble("ema38"),
                        rs.getDouble("ema100")),
                symbol,
                new Timestamp(windowEnd));
    }

    void saveWindows(List<TrendWindow> windows) {
        if (windows.isEmpty()) {
            return;
        }
        int n = windows.size();
        Object[] symbols = new Object[n];
        Object[] ends = new Object[n];
        Object[] closes = new Object[n];
        Object[] lastEvents = new Object[n];
        Object[] ema38 = new Object[n];
        Object[] ema100 = new Object[n];
        for (int i = 0; i < n; i++) {
            TrendWindow window = windows.get(i);
            symbols[i] = window.symbol();
            ends[i] = window.windowEnd();
            closes[i] = window.close();
            lastEvents[i] = window.lastEventTime();
            ema38[i] = window.ema38();
            ema100[i] = window.ema100();
        }
        execute(
                """
                INSERT INTO tick_window (symbol, window_end, close, last_event_time, ema38, ema100)
                SELECT s, %s, c, %s, e38, e100
                FROM unnest(?::text[], ?::bigint[], ?::float8[], ?::bigint[], ?::float8[], ?::float8[])
                     AS w (s, we, c, le, e38, e100)
                ON CONFLICT (symbol, window_end) DO UPDATE SET
                    close = excluded.close, last_event_time = excluded.last_event_time,
                    ema38 = excluded.ema38, ema100 = excluded.ema100
                WHERE (tick_window.close, tick_window.last_event_time, tick_window.ema38, tick_window.ema100)
                      IS DISTINCT FROM (excluded.close, excluded.last_event_time, excluded.ema38, excluded.ema100)
                """
                        .formatted(EPOCH_MS.formatted("we"), EPOCH_MS.formatted("le")),
                new String[] {"text", "int8", "float8", "int8", "float8", "float8"},
                symbols,
                ends,
                closes,
                lastEvents,
                ema38,
                ema100);
    }

    /** Drops the symbol's crossovers from a window on that the recomputation no longer finds. */
    void dropCrossoversNotIn(String symbol, long fromWindowEnd, List<Breakout> kept) {
        Object[] ends = kept.stream().map(Breakout::windowEnd).toArray();
        Object[] kinds = kept.stream().map(b -> b.kind().key()).toArray();
        jdbc.execute((ConnectionCallback<Integer>) con -> {
            try (PreparedStatement statement = con.prepareStatement(
                    """
                    DELETE FROM tick_crossover c
                    WHERE c.symbol = ? AND c.window_end >= ?
                      AND NOT EXISTS (
                          SELECT 1 FROM unnest(?::bigint[], ?::text[]) AS k (we, kind)
                          WHERE c.window_end = %s AND c.kind = k.kind)
                    """
                            .formatted(EPOCH_MS.formatted("k.we")))) {
                statement.setString(1, symbol);
                statement.setTimestamp(2, new Timestamp(fromWindowEnd));
                statement.setArray(3, con.createArrayOf("int8", ends));
                statement.setArray(4, con.createArrayOf("text", kinds));
                return statement.executeUpdate();
            }
        });
    }

    /** Stores crossovers not stored yet, each new one with a pending alert; returns how many were new. */
    int saveCrossovers(List<Breakout> breakouts) {
        if (breakouts.isEmpty()) {
            return 0;
        }
        int n = breakouts.size();
        Object[] symbols = new Object[n];
        Object[] ends = new Object[n];
        Object[] kinds = new Object[n];
        Object[] lastEvents = new Object[n];
        Object[] closes = new Object[n];
        Object[] ema38 = new Object[n];
        Object[] ema100 = new Object[n];
        for (int i = 0; i < n; i++) {
            Breakout breakout = breakouts.get(i);
            symbols[i] = breakout.symbol();
            ends[i] = breakout.windowEnd();
            kinds[i] = breakout.kind().key();
            lastEvents[i] = breakout.lastEventTime();
            closes[i] = breakout.close();
            ema38[i] = breakout.ema38();
            ema100[i] = breakout.ema100();
        }
        return execute(
                """
                WITH inserted AS (
                    INSERT INTO tick_crossover (symbol, window_end, kind, last_event_time, close, ema38, ema100)
                    SELECT s, %s, k, %s, c, e38, e100
                    FROM unnest(?::text[], ?::bigint[], ?::text[], ?::bigint[], ?::float8[], ?::float8[], ?::float8[])
                         AS b (s, we, k, le, c, e38, e100)
                    ON CONFLICT (symbol, window_end) DO NOTHING
                    RETURNING id)
                INSERT INTO tick_alert (crossover_id) SELECT id FROM inserted
                """
                        .formatted(EPOCH_MS.formatted("we"), EPOCH_MS.formatted("le")),
                new String[] {"text", "int8", "text", "int8", "float8", "float8", "float8"},
                symbols,
                ends,
                kinds,
                lastEvents,
                closes,
                ema38,
                ema100);
    }

    void saveSymbols(List<SymbolTrendUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        int n = updates.size();
        Object[] symbols = new Object[n];
        Object[] secTypes = new Object[n];
        Object[] firsts = new Object[n];
        Object[] lasts = new Object[n];
        Object[] windows = new Object[n];
        Object[] closes = new Object[n];
        Object[] ema38 = new Object[n];
        Object[] ema100 = new Object[n];
        for (int i = 0; i < n; i++) {
            SymbolTrendUpdate update = updates.get(i);
            TrendWindow last = update.windows().get(update.windows().size() - 1);
            symbols[i] = update.symbol();
            secTypes[i] = update.secType() == null ? "" : update.secType();
            firsts[i] = update.windows().get(0).windowEnd();
            lasts[i] = update.state().lastWindowEnd();
            windows[i] = update.state().windows();
            closes[i] = last.close();
            ema38[i] = update.state().ema38();
            ema100[i] = update.state().ema100();
        }
        execute(
                """
                INSERT INTO tick_symbol (symbol, sec_type, first_window, last_window, windows, last_close, ema38, ema100)
                SELECT s, st, %s, %s, w, c, e38, e100
                FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], ?::float8[], ?::float8[],
                            ?::float8[]) AS u (s, st, fw, lw, w, c, e38, e100)
                ON CONFLICT (symbol) DO UPDATE SET
                    sec_type = CASE WHEN excluded.sec_type = '' THEN tick_symbol.sec_type ELSE excluded.sec_type END,
                    first_window = least(tick_symbol.first_window, excluded.first_window),
                    last_window = excluded.last_window, windows = excluded.windows,
                    last_close = excluded.last_close, ema38 = excluded.ema38, ema100 = excluded.ema100,
                    updated_at = now()
                """
                        .formatted(EPOCH_MS.formatted("fw"), EPOCH_MS.formatted("lw")),
                new String[] {"text", "text", "int8", "int8", "int8", "float8", "float8", "float8"},
                symbols,
                secTypes,
                firsts,
                lasts,
                windows,
                closes,
                ema38,
                ema100);
    }

    private int execute(String sql, String[] types, Object[]... columns) {
        Integer updated = jdbc.execute((ConnectionCallback<Integer>) con -> {
            try (PreparedStatement statement = con.prepareStatement(sql)) {
                for (int i = 0; i < columns.length; i++) {
                    statement.setArray(i + 1, array(con, types[i], columns[i]));
                }
                return statement.executeUpdate();
            }
        });
        return updated == null ? 0 : updated;
    }

    private static Array array(Connection con, String type, Object[] values) throws SQLException {
        return con.createArrayOf(type, values);
    }
}
