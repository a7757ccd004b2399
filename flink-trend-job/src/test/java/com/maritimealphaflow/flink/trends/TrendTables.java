package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.TrendWindow;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/** The rows of tick_window, tick_crossover and tick_symbol, as the database has them or as they should be. */
record TrendTables(List<WindowRow> windows, List<CrossoverRow> crossovers, List<SymbolRow> symbols, long alerts) {

    record WindowRow(String symbol, long windowEnd, double close, long lastEventTime, double ema38, double ema100) {}

    record CrossoverRow(
            String symbol,
            long windowEnd,
            String kind,
            long lastEventTime,
            double close,
            double ema38,
            double ema100) {}

    record SymbolRow(
            String symbol,
            String secType,
            long firstWindow,
            long lastWindow,
            long windows,
            double lastClose,
            double ema38,
            double ema100) {}

    /** A new database with the project's migrations applied, as the services' Flyway would. */
    static TestDatabase migratedDatabase() {
        TestDatabase database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .load()
                .migrate();
        return database;
    }

    /** What the reference path gives: its windows and breakouts in the order it applied them. */
    static TrendTables expected(List<TrendWindow> windows, List<Breakout> breakouts) {
        List<WindowRow> windowRows = new ArrayList<>();
        Map<String, SymbolRow> symbols = new LinkedHashMap<>();
        for (TrendWindow w : windows) {
            windowRows.add(
                    new WindowRow(w.symbol(), w.windowEnd(), w.close(), w.lastEventTime(), w.ema38(), w.ema100()));
            SymbolRow before = symbols.get(w.symbol());
            symbols.put(
                    w.symbol(),
                    new SymbolRow(
                            w.symbol(),
                            w.secType(),
                            before == null ? w.windowEnd() : before.firstWindow(),
                            w.windowEnd(),
                            before == null ? 1 : before.windows() + 1,
                            w.close(),
                            w.ema38(),
                            w.ema100()));
        }
        List<CrossoverRow> crossovers = breakouts.stream()
                .map(b -> new CrossoverRow(
                        b.symbol(), b.windowEnd(), b.kind().key(), b.lastEventTime(), b.close(), b.ema38(), b.ema100()))
                .toList();
        windowRows.sort(java.util.Comparator.comparing(WindowRow::symbol).thenComparingLong(WindowRow::windowEnd));
        List<CrossoverRow> sortedCrossovers = new ArrayList<>(crossovers);
        sortedCrossovers.sort(
                java.util.Comparator.comparing(CrossoverRow::symbol).thenComparingLong(CrossoverRow::windowEnd));
        List<SymbolRow> symbolRows = new ArrayList<>(symbols.values());
        symbolRows.sort(java.util.Comparator.comparing(SymbolRow::symbol));
        return new TrendTables(windowRows, sortedCrossovers, symbolRows, crossovers.size());
    }

    static TrendTables read(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            List<WindowRow> windows = new ArrayList<>();
            try (ResultSet rs =
                    statement.executeQuery("SELECT symbol, window_end, close, last_event_time, ema38, ema100"
                            + " FROM tick_window ORDER BY symbol, window_end")) {
                while (rs.next()) {
                    windows.add(new WindowRow(
                            rs.getString(1),
                            millis(rs, 2),
                            rs.getDouble(3),
                            millis(rs, 4),
                            rs.getDouble(5),
                            rs.getDouble(6)));
                }
            }
            List<CrossoverRow> crossovers = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT symbol, window_end, kind, last_event_time, close, ema38,"
                    + " ema100 FROM tick_crossover ORDER BY symbol, window_end")) {
                while (rs.next()) {
                    crossovers.add(new CrossoverRow(
                            rs.getString(1),
                            millis(rs, 2),
                            rs.getString(3),
                            millis(rs, 4),
                            rs.getDouble(5),
                            rs.getDouble(6),
                            rs.getDouble(7)));
                }
            }
            List<SymbolRow> symbols = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT symbol, sec_type, first_window, last_window, windows,"
                    + " last_close, ema38, ema100 FROM tick_symbol ORDER BY symbol")) {
                while (rs.next()) {
                    symbols.add(new SymbolRow(
                            rs.getString(1),
                            rs.getString(2),
                            millis(rs, 3),
                            millis(rs, 4),
                            rs.getLong(5),
                            rs.getDouble(6),
                            rs.getDouble(7),
                            rs.getDouble(8)));
                }
            }
            long alerts;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT count(*) FROM tick_alert a JOIN tick_crossover c ON c.id = a.crossover_id")) {
                rs.next();
                alerts = rs.getLong(1);
            }
            return new TrendTables(windows, crossovers, symbols, alerts);
        }
    }

    /** Every row of the job's tables with its row version (xmin), which any UPDATE changes. */
    static List<String> rowVersions(TestDatabase database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            for (String table : List.of("tick_window", "tick_crossover", "tick_symbol", "tick_alert")) {
                try (ResultSet rs = statement.executeQuery(
                        "SELECT t.xmin::text || ' ' || t::text FROM " + table + " t ORDER BY t::text")) {
                    while (rs.next()) {
                        rows.add(table + " " + rs.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    private static long millis(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant().toEpochMilli();
    }
}
