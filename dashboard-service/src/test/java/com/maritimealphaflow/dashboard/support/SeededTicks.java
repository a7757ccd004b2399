package com.maritimealphaflow.dashboard.support;

import com.maritimealphaflow.model.pipeline.PipelineChannels;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of the tick tables as the aggregation service writes them: windows, crossovers with their outbox alert, the
 * symbol's state; and the notification it sends after committing.
 */
public final class SeededTicks {

    private final JdbcTemplate jdbc;

    public SeededTicks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SeededTicks emptyTables() {
        jdbc.execute("TRUNCATE tick_alert, tick_crossover, tick_window, tick_symbol CASCADE");
        return this;
    }

    /**
     * {@code count} consecutive 5-minute windows ending at {@code lastWindow}, a close rising by 1 from {@code
     * firstClose}, EMAs derived from it (not the operator's: the dashboard only shows them), and the symbol's row.
     */
    public SeededTicks symbolWithWindows(String symbol, Instant lastWindow, int count, double firstClose) {
        Instant first = lastWindow.minus(Duration.ofMinutes(5L * (count - 1)));
        for (int i = 0; i < count; i++) {
            Instant end = first.plus(Duration.ofMinutes(5L * i));
            double close = firstClose + i;
            jdbc.update(
                    "INSERT INTO tick_window (symbol, window_end, close, last_event_time, ema38, ema100)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    symbol,
                    Timestamp.from(end),
                    close,
                    Timestamp.from(end.minusSeconds(7)),
                    close * 0.99,
                    close * 0.98);
        }
        jdbc.update(
                "INSERT INTO tick_symbol (symbol, sec_type, first_window, last_window, windows, last_close, ema38,"
                        + " ema100) VALUES (?, 'E', ?, ?, ?, ?, ?, ?)",
                symbol,
                Timestamp.from(first),
                Timestamp.from(lastWindow),
                count,
                firstClose + count - 1,
                (firstClose + count - 1) * 0.99,
                (firstClose + count - 1) * 0.98);
        return this;
    }

    /** A crossover and its pending alert, in one transaction as the writers do; its id. */
    public long crossover(String symbol, Instant windowEnd, String kind, double close) {
        Long id = jdbc.queryForObject(
                "WITH c AS (INSERT INTO tick_crossover (symbol, window_end, kind, last_event_time, close, ema38,"
                        + " ema100) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id),"
                        + " a AS (INSERT INTO tick_alert (crossover_id) SELECT id FROM c)"
                        + " SELECT id FROM c",
                Long.class,
                symbol,
                Timestamp.from(windowEnd),
                kind,
                Timestamp.from(windowEnd.minusSeconds(3)),
                close,
                kind.equals("bullish") ? close * 1.01 : close * 0.99,
                close);
        return id;
    }

    /** What the writers send after committing crossovers. */
    public void notifyCommitted() {
        jdbc.execute("NOTIFY " + PipelineChannels.TICK_CROSSOVERS_COMMITTED);
    }

    public String alertStatus(long crossoverId) {
        return jdbc.queryForObject("SELECT status FROM tick_alert WHERE crossover_id = ?", String.class, crossoverId);
    }
}
