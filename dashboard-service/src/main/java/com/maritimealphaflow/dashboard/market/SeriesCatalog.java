package com.maritimealphaflow.dashboard.market;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stored series of {@code market_bar}. The distinct keys are found by skipping along the primary key's index, one
 * probe per series, so listing them costs the same with a hundred bars or a hundred million; counting a series' bars
 * reads its part of the index.
 */
@Repository
public class SeriesCatalog {

    private static final String SERIES =
            """
            WITH RECURSIVE series AS (
                (SELECT m.symbol, m.bar_interval, m.source, m.adjusted FROM market_bar m
                 WHERE %1$s ORDER BY m.symbol, m.bar_interval, m.source, m.adjusted LIMIT 1)
                UNION ALL
                SELECT next.* FROM series s CROSS JOIN LATERAL (
                    SELECT m.symbol, m.bar_interval, m.source, m.adjusted FROM market_bar m
                    WHERE (m.symbol, m.bar_interval, m.source, m.adjusted)
                        > (s.symbol, s.bar_interval, s.source, s.adjusted)
                    ORDER BY m.symbol, m.bar_interval, m.source, m.adjusted LIMIT 1) next
                -- the condition on the step's result, not inside it: inside, PostgreSQL starts the step's index scan
                -- at the symbol's first entry and walks all its minutes to pass the last series
                WHERE %4$s
            )
            SELECT s.symbol, s.bar_interval, s.source, s.adjusted, i.market, i.name,
                (SELECT min(bar_time) FROM market_bar m WHERE %2$s) AS first_bar,
                (SELECT max(bar_time) FROM market_bar m WHERE %2$s) AS last_bar,
                %3$s
            FROM series s LEFT JOIN market_instrument i ON i.source = s.source AND i.symbol = s.symbol
            ORDER BY s.symbol, s.bar_interval, s.source, s.adjusted
            LIMIT ?
            """;

    private static final String SAME_SERIES = "m.symbol = s.symbol AND m.bar_interval = s.bar_interval"
            + " AND m.source = s.source AND m.adjusted = s.adjusted";

    private static final String COUNTS = "(SELECT count(*) FROM market_bar m WHERE " + SAME_SERIES + ") AS bars,"
            + " (SELECT count(*) FROM market_bar m WHERE " + SAME_SERIES + " AND m.origin = 'rollup') AS rollups";

    private final JdbcTemplate jdbc;

    SeriesCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored series (up to {@code limit}) with its first and last bar, ordered by symbol and interval. */
    public List<StoredSeries> list(int limit) {
        return query("true", false, limit);
    }

    /** As {@link #list}, with each series' bars counted. */
    public List<StoredSeries> listCounted(int limit) {
        return query("true", true, limit);
    }

    /** The stored series of one symbol, every source and interval. */
    public List<StoredSeries> ofSymbol(String symbol) {
        return query("m.symbol = ?", false, 1000, symbol);
    }

    private List<StoredSeries> query(String where, boolean counted, int limit, Object... whereArgs) {
        String sql = SERIES.formatted(
                where,
                SAME_SERIES,
                counted ? COUNTS : "NULL::bigint AS bars, NULL::bigint AS rollups",
                where.replace("m.", "next."));
        Object[] args = new Object[whereArgs.length * 2 + 1];
        for (int i = 0; i < whereArgs.length; i++) {
            args[i] = whereArgs[i];
            args[whereArgs.length + i] = whereArgs[i];
        }
        args[args.length - 1] = limit;
        return jdbc.query(
                sql,
                (rs, row) -> new StoredSeries(
                        rs.getString("symbol"),
                        rs.getString("bar_interval"),
                        rs.getString("source"),
                        rs.getBoolean("adjusted"),
                        rs.getString("market"),
                        rs.getString("name"),
                        rs.getTimestamp("first_bar").toInstant(),
                        rs.getTimestamp("last_bar").toInstant(),
                        (Long) rs.getObject("bars"),
                        (Long) rs.getObject("rollups")),
                args);
    }
}
