package com.maritimealphaflow.dashboard.support;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bars and counts for backtests: 48 hourly bars of TESTUSDT whose vessel counts rise for a day, then fall. */
public final class SeededMarket {

    public static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    private SeededMarket() {}

    /** The price opens at 100 + i and closes at 100.5 + i in hour i; counts 100 + 5i for a day, then 5 down an hour. */
    public static void risingThenFalling(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM market_bar WHERE symbol = 'TESTUSDT'");
        jdbc.update("DELETE FROM market_instrument WHERE symbol = 'TESTUSDT'");
        jdbc.update("INSERT INTO market_instrument (source, symbol, market, updated_at) VALUES ('binance', 'TESTUSDT',"
                + " 'crypto', now())");
        for (int i = 0; i < 48; i++) {
            Instant start = START.plus(Duration.ofHours(i));
            jdbc.update(
                    "INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close,"
                            + " volume) VALUES ('TESTUSDT', '1h', 'binance', false, ?, ?, ?, ?, ?, 1)",
                    Timestamp.from(start),
                    100 + i,
                    101 + i,
                    99 + i,
                    100.5 + i);
            int count = i < 24 ? 100 + 5 * i : 220 - 5 * (i - 24);
            jdbc.update(
                    "INSERT INTO ship_count_agg (batch_start, batch_end, total) VALUES (?, ?, ?)",
                    Timestamp.from(start),
                    Timestamp.from(start.plus(Duration.ofHours(1))),
                    count);
        }
    }
}
