package com.maritimealphaflow.aggregation.ticks;

import com.maritimealphaflow.model.ticks.WindowClose;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The window partials the ingestion service has handed over ({@code tick_partial}) whose window its stream's
 * watermark has passed: {@code window_end + allowed lateness <= max_event_time}, or any once a bounded stream has
 * finished. They are taken (deleted) in the transaction that applies them.
 */
@Repository
class FiredPartials {

    /** A stream with fired partials, and the last window end that has fired in it. */
    record FiredStream(String id, Timestamp firedUpTo) {}

    private static final Timestamp FOREVER = Timestamp.valueOf("9999-12-31 00:00:00");

    private final JdbcTemplate jdbc;

    FiredPartials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Streams holding at least one fired partial. */
    List<FiredStream> streams() {
        return jdbc.query(
                """
                SELECT s.id, s.finished, s.max_event_time - s.allowed_lateness_ms * interval '1 millisecond' AS fired_up_to
                FROM tick_stream s
                WHERE EXISTS (
                    SELECT 1 FROM tick_partial p
                    WHERE p.stream_id = s.id
                      AND (s.finished OR p.window_end <= s.max_event_time - s.allowed_lateness_ms * interval '1 millisecond'))
                ORDER BY s.id
                """,
                (rs, row) -> new FiredStream(
                        rs.getString("id"),
                        rs.getBoolean("finished") || rs.getTimestamp("fired_up_to") == null
                                ? FOREVER
                                : rs.getTimestamp("fired_up_to")));
    }

    /** Deletes and returns up to {@code limit} fired partials of a stream, oldest windows first. */
    List<WindowClose> take(FiredStream stream, int limit) {
        return jdbc.query(
                """
                DELETE FROM tick_partial p
                USING (SELECT stream_id, window_end, symbol FROM tick_partial
                       WHERE stream_id = ? AND window_end <= ?
                       ORDER BY window_end, symbol
                       LIMIT ?
                       FOR UPDATE) fired
                WHERE p.stream_id = fired.stream_id AND p.window_end = fired.window_end AND p.symbol = fired.symbol
                RETURNING p.symbol, p.sec_type, p.window_end, p.close, p.last_event_time
                """,
                (rs, row) -> new WindowClose(
                        rs.getString("symbol"),
                        rs.getString("sec_type"),
                        rs.getTimestamp("window_end").getTime(),
                        rs.getDouble("close"),
                        rs.getTimestamp("last_event_time").getTime()),
                stream.id(),
                stream.firedUpTo(),
                limit);
    }
}
