package com.maritimealphaflow.flink.trends;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.TrendWindow;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.flink.connector.jdbc.JdbcConnectionOptions;
import org.apache.flink.connector.jdbc.JdbcExecutionOptions;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/**
 * The job's output tables (V11): {@code tick_window}, {@code tick_symbol}, {@code tick_crossover} and a
 * {@code tick_alert} row for each crossover newly inserted. Every statement is an idempotent upsert, so the sinks are
 * at-least-once: a replay after a failure, or a second run over the same input, writes the same values and changes no
 * row (an update happens only when a value differs). Batched; {@code tick_window} inserts are rewritten into
 * multi-row inserts by PgJDBC.
 */
final class PostgresSinks {

    static final String WINDOW_SQL =
            """
            INSERT INTO tick_window (symbol, window_end, close, last_event_time, ema38, ema100)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (symbol, window_end) DO UPDATE
               SET close = excluded.close, last_event_time = excluded.last_event_time,
                   ema38 = excluded.ema38, ema100 = excluded.ema100
             WHERE (tick_window.close, tick_window.last_event_time, tick_window.ema38, tick_window.ema100)
                   IS DISTINCT FROM (excluded.close, excluded.last_event_time, excluded.ema38, excluded.ema100)""";

    /** Moves a symbol's row forward only: an older window (a replay, a late batch) never overwrites a newer one. */
    static final String SYMBOL_SQL =
            """
            INSERT INTO tick_symbol (symbol, sec_type, first_window, last_window, windows, last_close, ema38, ema100)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (symbol) DO UPDATE
               SET sec_type = excluded.sec_type,
                   first_window = least(tick_symbol.first_window, excluded.first_window),
                   last_window = excluded.last_window, windows = excluded.windows,
                   last_close = excluded.last_close, ema38 = excluded.ema38, ema100 = excluded.ema100,
                   updated_at = now()
             WHERE excluded.last_window >= tick_symbol.last_window
               AND (tick_symbol.sec_type, tick_symbol.first_window, tick_symbol.last_window, tick_symbol.windows,
                    tick_symbol.last_close, tick_symbol.ema38, tick_symbol.ema100)
                   IS DISTINCT FROM (excluded.sec_type, least(tick_symbol.first_window, excluded.first_window),
                    excluded.last_window, excluded.windows, excluded.last_close, excluded.ema38, excluded.ema100)""";

    /** The crossover and its alert in one statement: an alert exactly for each crossover row this inserts. */
    static final String CROSSOVER_SQL =
            """
            WITH c AS (
                INSERT INTO tick_crossover (symbol, window_end, kind, last_event_time, close, ema38, ema100)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (symbol, window_end) DO NOTHING
                RETURNING id)
            INSERT INTO tick_alert (crossover_id) SELECT id FROM c""";

    private PostgresSinks() {}

    static JdbcSink<TrendUpdate> windows(JobOptions options) {
        return JdbcSink.<TrendUpdate>builder()
                .withQueryStatement(WINDOW_SQL, PostgresSinks::bindWindow)
                .withExecutionOptions(execution(options))
                .buildAtLeastOnce(connection(options, true));
    }

    /**
     * Not rewritten into multi-row inserts: a batch holds several windows of a busy symbol, and one INSERT … ON CONFLICT
     * DO UPDATE may not touch a row twice.
     */
    static JdbcSink<TrendUpdate> symbols(JobOptions options) {
        return JdbcSink.<TrendUpdate>builder()
                .withQueryStatement(SYMBOL_SQL, PostgresSinks::bindSymbol)
                .withExecutionOptions(execution(options))
                .buildAtLeastOnce(connection(options, false));
    }

    static JdbcSink<Breakout> crossovers(JobOptions options) {
        return JdbcSink.<Breakout>builder()
                .withQueryStatement(CROSSOVER_SQL, PostgresSinks::bindCrossover)
                .withExecutionOptions(execution(options))
                .buildAtLeastOnce(connection(options, false));
    }

    private static void bindWindow(PreparedStatement statement, TrendUpdate update) throws SQLException {
        TrendWindow window = update.window();
        statement.setString(1, window.symbol());
        statement.setObject(2, time(window.windowEnd()));
        statement.setDouble(3, window.close());
        statement.setObject(4, time(window.lastEventTime()));
        statement.setDouble(5, window.ema38());
        statement.setDouble(6, window.ema100());
    }

    private static void bindSymbol(PreparedStatement statement, TrendUpdate update) throws SQLException {
        TrendWindow window = update.window();
        statement.setString(1, window.symbol());
        statement.setString(2, window.secType());
        statement.setObject(3, time(update.firstWindowEnd()));
        statement.setObject(4, time(window.windowEnd()));
        statement.setLong(5, update.windows());
        statement.setDouble(6, window.close());
        statement.setDouble(7, window.ema38());
        statement.setDouble(8, window.ema100());
    }

    private static void bindCrossover(PreparedStatement statement, Breakout breakout) throws SQLException {
        statement.setString(1, breakout.symbol());
        statement.setObject(2, time(breakout.windowEnd()));
        statement.setString(3, breakout.kind().key());
        statement.setObject(4, time(breakout.lastEventTime()));
        statement.setDouble(5, breakout.close());
        statement.setDouble(6, breakout.ema38());
        statement.setDouble(7, breakout.ema100());
    }

    private static OffsetDateTime time(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    private static JdbcExecutionOptions execution(JobOptions options) {
        return JdbcExecutionOptions.builder()
                .withBatchSize(options.batchSize())
                .withBatchIntervalMs(1000)
                .withMaxRetries(3)
                .build();
    }

    private static JdbcConnectionOptions connection(JobOptions options, boolean rewriteBatches) {
        String url = options.jdbcUrl();
        if (rewriteBatches && !url.contains("reWriteBatchedInserts")) {
            url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        JdbcConnectionOptions.JdbcConnectionOptionsBuilder builder =
                new JdbcConnectionOptions.JdbcConnectionOptionsBuilder()
                        .withUrl(url)
                        .withDriverName("org.postgresql.Driver");
        if (options.jdbcUser() != null) {
            builder.withUsername(options.jdbcUser());
        }
        if (options.jdbcPassword() != null) {
            builder.withPassword(options.jdbcPassword());
        }
        return builder.build();
    }
}
