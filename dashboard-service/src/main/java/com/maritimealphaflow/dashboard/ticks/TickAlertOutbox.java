package com.maritimealphaflow.dashboard.ticks;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code tick_alert} outbox the crossover writers fill: claims due alerts for delivery with {@code FOR UPDATE
 * SKIP LOCKED}, so that several dashboard instances never take the same one, and records each outcome. A claim is a
 * lease: the alert's next attempt is moved past the time one delivery may take, so that an instance that dies while
 * delivering leaves it to be tried again rather than stuck.
 */
@Repository
class TickAlertOutbox {

    private final JdbcTemplate jdbc;

    TickAlertOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert taken for one attempt, with its crossover. */
    record Claimed(Breakout breakout, int attempt) {}

    /** Pending alerts never tried whose window ended before {@code now − maxAge}: replays of history are not sent. */
    int expireOld(Duration maxAge) {
        return jdbc.update(
                "UPDATE tick_alert a SET status = 'expired',"
                        + " last_error = 'window ended more than ' || ? || ' before the first attempt'"
                        + " FROM tick_crossover c WHERE c.id = a.crossover_id AND a.status = 'pending'"
                        + " AND a.attempts = 0 AND c.window_end < now() - (? * interval '1 millisecond')",
                maxAge.toString(),
                maxAge.toMillis());
    }

    /** Every pending alert, when no webhook is configured. */
    int disableAll() {
        return jdbc.update("UPDATE tick_alert SET status = 'disabled', last_error = 'no webhook configured'"
                + " WHERE status = 'pending'");
    }

    /** The earliest due alert, counted as attempted and leased for {@code lease}; empty when none is due. */
    Optional<Claimed> claim(Duration lease) {
        return jdbc
                .query(
                        "WITH due AS (SELECT crossover_id FROM tick_alert WHERE status = 'pending'"
                                + " AND next_attempt_at <= now() ORDER BY next_attempt_at, crossover_id LIMIT 1"
                                + " FOR UPDATE SKIP LOCKED),"
                                + " claimed AS (UPDATE tick_alert a SET attempts = a.attempts + 1,"
                                + " next_attempt_at = now() + (? * interval '1 millisecond')"
                                + " FROM due WHERE a.crossover_id = due.crossover_id"
                                + " RETURNING a.crossover_id, a.attempts)"
                                + " SELECT c.id, c.symbol, c.window_end, c.kind, c.last_event_time, c.close, c.ema38,"
                                + " c.ema100, claimed.attempts FROM claimed JOIN tick_crossover c"
                                + " ON c.id = claimed.crossover_id",
                        (rs, row) -> new Claimed(
                                new Breakout(
                                        rs.getLong("id"),
                                        rs.getString("symbol"),
                                        rs.getTimestamp("window_end").toInstant(),
                                        rs.getString("kind"),
                                        rs.getTimestamp("last_event_time").toInstant(),
                                        rs.getDouble("close"),
                                        rs.getDouble("ema38"),
                                        rs.getDouble("ema100")),
                                rs.getInt("attempts")),
                        lease.toMillis())
                .stream()
                .findFirst();
    }

    /** An alert claimed for its first attempt whose window turned out too old. */
    void expired(long crossoverId, Duration maxAge) {
        jdbc.update(
                "UPDATE tick_alert SET status = 'expired', attempts = attempts - 1,"
                        + " last_error = 'window ended more than ' || ? || ' before the first attempt'"
                        + " WHERE crossover_id = ? AND status = 'pending'",
                maxAge.toString(),
                crossoverId);
    }

    void delivered(long crossoverId) {
        jdbc.update(
                "UPDATE tick_alert SET status = 'delivered', delivered_at = now(), last_error = NULL"
                        + " WHERE crossover_id = ? AND status = 'pending'",
                crossoverId);
    }

    /** A failed attempt: tried again after {@code retryAfter}, or {@code failed} when that was the last one. */
    void attemptFailed(long crossoverId, String error, Duration retryAfter, boolean last) {
        jdbc.update(
                "UPDATE tick_alert SET status = CASE WHEN ? THEN 'failed' ELSE 'pending' END, last_error = ?,"
                        + " next_attempt_at = now() + (? * interval '1 millisecond')"
                        + " WHERE crossover_id = ? AND status = 'pending'",
                last,
                error,
                retryAfter.toMillis(),
                crossoverId);
    }
}
