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

    /**
     * {@code days} of 5-minute bars of {@code symbol} from {@code start} (a random walk, 288 a day around the clock)
     * and a count window for each; written by PostgreSQL in one statement each.
     */
    public static void fiveMinuteBars(JdbcTemplate jdbc, String symbol, Instant start, int days) {
        jdbc.update("DELETE FROM market_bar WHERE symbol = ?", symbol);
        jdbc.update(
                """
                INSERT INTO market_bar (symbol, bar_interval, source, adjusted, bar_time, open, high, low, close, volume)
                SELECT ?, '5m', 'binance', false, t, p, p * 1.001, p * 0.999, p * (1 + ((i * 7919) % 101 - 50) * 0.00004), 1
                FROM (SELECT t, row_number() OVER (ORDER BY t) AS i,
                             100 * exp(sum(((extract(epoch FROM t)::bigint / 300 * 104729) % 997 - 498) * 0.000004)
                                       OVER (ORDER BY t)) AS p
                      FROM generate_series(?::timestamptz, ?::timestamptz - interval '5 minutes',
                                           interval '5 minutes') t) walk
                """,
                symbol, start.toString(), start.plus(Duration.ofDays(days)).toString());
        jdbc.update(
                """
                INSERT INTO ship_count_agg (batch_start, batch_end, total)
                SELECT t, t + interval '5 minutes', 400 + (extract(epoch FROM t)::bigint / 300 * 7717) % 97
                FROM generate_series(?::timestamptz - interval '1 hour', ?::timestamptz, interval '5 minutes') t
                ON CONFLICT DO NOTHING
                """,
                start.toString(), start.plus(Duration.ofDays(days)).toString());
    }
}
