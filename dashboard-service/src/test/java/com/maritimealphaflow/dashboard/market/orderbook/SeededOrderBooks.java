package com.maritimealphaflow.dashboard.market.orderbook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Order book snapshots written as the ingestion service writes them, under symbols of their own: the tests share one
 * database, so each set of symbols is unique and is removed again by {@link #remove()}.
 */
public final class SeededOrderBooks {

    private final JdbcTemplate jdbc;
    private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final List<String> symbols = new ArrayList<>();

    public SeededOrderBooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A symbol no other test uses, e.g. {@code OBA1B2C3}; its snapshots go at {@link #remove()}. */
    public String symbol(String prefix) {
        String symbol = prefix + suffix;
        symbols.add(symbol);
        return symbol;
    }

    /** A snapshot; {@code bids} and {@code asks} as Binance sends them, {@code [["price","quantity"],…]}. */
    public void snapshot(String source, String symbol, long lastUpdateId, Instant time, String bids, String asks) {
        jdbc.update(
                "INSERT INTO market_order_book (source, symbol, last_update_id, snapshot_time, depth, bids, asks)"
                        + " VALUES (?, ?, ?, ?, 100, ?::jsonb, ?::jsonb)",
                source,
                symbol,
                lastUpdateId,
                Timestamp.from(time),
                bids,
                asks);
    }

    public void remove() {
        symbols.forEach(symbol -> jdbc.update("DELETE FROM market_order_book WHERE symbol = ?", symbol));
    }
}
