package com.maritimealphaflow.dashboard.market.orderbook;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code market_order_book}, whose sides are jsonb arrays {@code [[price, quantity], …]} of decimal strings,
 * best first. Prices and quantities are cast to numeric in SQL, so they reach Java as exact BigDecimals, and only the
 * levels asked for leave the database.
 */
@Repository
class OrderBookQueries {

    /** A side's column; never user input, so safe to write into the SQL. */
    enum Side {
        BIDS("bids"),
        ASKS("asks");

        final String column;

        Side(String column) {
            this.column = column;
        }
    }

    /**
     * The sources with snapshots of a symbol. The primary key leads with source, so the few sources are found by
     * skipping through it (a loose index scan) and each is checked by a key lookup, instead of reading every snapshot
     * of the symbol.
     */
    private static final String SOURCES_OF_SYMBOL =
            """
            WITH RECURSIVE sources AS (
                SELECT min(source) AS source FROM market_order_book
                UNION ALL
                SELECT (SELECT min(b.source) FROM market_order_book b WHERE b.source > s.source)
                FROM sources s WHERE s.source IS NOT NULL)
            SELECT source FROM sources
            WHERE source IS NOT NULL
              AND EXISTS (SELECT 1 FROM market_order_book b WHERE b.source = sources.source AND b.symbol = ?)
            ORDER BY source""";

    /**
     * The last snapshots' tops and depths, oldest first; the same rules as {@link TopOfBook}. Products and halves are
     * exact in numeric; only the basis points are a rounded quotient.
     */
    private static final String HISTORY =
            """
            WITH last AS (
                SELECT last_update_id FROM market_order_book
                WHERE source = ? AND symbol = ?
                ORDER BY snapshot_time DESC, last_update_id DESC LIMIT ?),
            tops AS (
                SELECT b.snapshot_time, b.last_update_id,
                       (b.bids -> 0 ->> 0)::numeric AS best_bid,
                       (b.asks -> 0 ->> 0)::numeric AS best_ask,
                       (SELECT sum((e.level ->> 1)::numeric)
                        FROM jsonb_array_elements(b.bids) WITH ORDINALITY AS e(level, n) WHERE e.n <= ?) AS bid_depth,
                       (SELECT sum((e.level ->> 1)::numeric)
                        FROM jsonb_array_elements(b.asks) WITH ORDINALITY AS e(level, n) WHERE e.n <= ?) AS ask_depth
                FROM last JOIN market_order_book b
                  ON b.source = ? AND b.symbol = ? AND b.last_update_id = last.last_update_id)
            SELECT snapshot_time, last_update_id, best_bid, best_ask, bid_depth, ask_depth,
                   CASE WHEN best_ask >= best_bid THEN best_ask - best_bid END AS spread,
                   CASE WHEN best_ask >= best_bid THEN (best_bid + best_ask) * 0.5 END AS mid,
                   CASE WHEN best_ask >= best_bid AND best_bid + best_ask > 0
                        THEN round((best_ask - best_bid) * 20000 / (best_bid + best_ask), %d) END AS spread_bps,
                   coalesce(best_bid > best_ask, false) AS crossed
            FROM tops ORDER BY snapshot_time, last_update_id"""
                    .formatted(TopOfBook.BPS_SCALE);

    private final JdbcTemplate jdbc;

    OrderBookQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The (source, symbol) pairs with snapshots, by symbol then source; at most {@code limit}. */
    List<OrderBookInstrument> instruments(int limit) {
        return jdbc.query(
                "SELECT source, symbol, count(*) AS snapshots, min(snapshot_time) AS first_snapshot,"
                        + " max(snapshot_time) AS last_snapshot FROM market_order_book"
                        + " GROUP BY source, symbol ORDER BY symbol, source LIMIT ?",
                (rs, row) -> new OrderBookInstrument(
                        rs.getString("source"),
                        rs.getString("symbol"),
                        rs.getLong("snapshots"),
                        instant(rs, "first_snapshot"),
                        instant(rs, "last_snapshot")),
                limit);
    }

    List<String> sources(String symbol) {
        return jdbc.queryForList(SOURCES_OF_SYMBOL, String.class, symbol);
    }

    /** The latest snapshot (by time, then update id) of a source's symbol. */
    Optional<SnapshotKey> latest(String source, String symbol) {
        return jdbc
                .query(
                        "SELECT source, symbol, last_update_id, snapshot_time, depth, jsonb_array_length(bids) AS"
                                + " bid_levels, jsonb_array_length(asks) AS ask_levels FROM market_order_book"
                                + " WHERE source = ? AND symbol = ?"
                                + " ORDER BY snapshot_time DESC, last_update_id DESC LIMIT 1",
                        (rs, row) -> new SnapshotKey(
                                rs.getString("source"),
                                rs.getString("symbol"),
                                rs.getLong("last_update_id"),
                                instant(rs, "snapshot_time"),
                                rs.getInt("depth"),
                                rs.getInt("bid_levels"),
                                rs.getInt("ask_levels")),
                        source,
                        symbol)
                .stream()
                .findFirst();
    }

    /** The best {@code levels} of one side of a snapshot, best first. */
    List<PriceLevel> levels(SnapshotKey snapshot, Side side, int levels) {
        return jdbc.query(
                "SELECT (e.level ->> 0)::numeric AS price, (e.level ->> 1)::numeric AS quantity"
                        + " FROM market_order_book b CROSS JOIN LATERAL jsonb_array_elements(b." + side.column
                        + ") WITH ORDINALITY AS e(level, n)"
                        + " WHERE b.source = ? AND b.symbol = ? AND b.last_update_id = ? AND e.n <= ? ORDER BY e.n",
                (rs, row) -> new PriceLevel(rs.getBigDecimal("price"), rs.getBigDecimal("quantity")),
                snapshot.source(),
                snapshot.symbol(),
                snapshot.lastUpdateId(),
                levels);
    }

    /** The last {@code limit} snapshots' tops, oldest first, with the quantities of their top {@code levels}. */
    List<HistoryPoint> history(String source, String symbol, int limit, int levels) {
        return jdbc.query(
                HISTORY,
                (rs, row) -> new HistoryPoint(
                        instant(rs, "snapshot_time"),
                        rs.getLong("last_update_id"),
                        decimal(rs, "best_bid"),
                        decimal(rs, "best_ask"),
                        decimal(rs, "spread"),
                        decimal(rs, "mid"),
                        decimal(rs, "spread_bps"),
                        rs.getBoolean("crossed"),
                        decimal(rs, "bid_depth"),
                        decimal(rs, "ask_depth")),
                source,
                symbol,
                limit,
                levels,
                levels,
                source,
                symbol);
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return Decimals.plain(rs.getBigDecimal(column));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
