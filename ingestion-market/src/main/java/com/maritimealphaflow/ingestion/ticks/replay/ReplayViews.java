package com.maritimealphaflow.ingestion.ticks.replay;

import com.maritimealphaflow.model.ticks.TickSkipReason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Replays as the API shows them, read from their rows, their files' rows and their stream's row. */
@Component
class ReplayViews {

    private static final String SELECT = "SELECT r.id, r.status, r.created_at, r.started_at, r.ended_at, r.error,"
            + " r.request::text, s.max_event_time, COALESCE(s.finished, false),"
            + " f.bytes_read, f.bytes_total, f.bytes_known, f.rows_read, f.rows_committed, f.events, f.late_events,"
            + " f.no_price, f.no_time, f.malformed"
            + " FROM tick_replay r LEFT JOIN tick_stream s ON s.id = 'replay-' || r.id"
            + " LEFT JOIN LATERAL (SELECT COALESCE(sum(bytes_read), 0) AS bytes_read,"
            + " sum(bytes_total) AS bytes_total, bool_and(bytes_total IS NOT NULL) AS bytes_known,"
            + " COALESCE(sum(rows_read), 0) AS rows_read, COALESCE(sum(rows_committed), 0) AS rows_committed,"
            + " COALESCE(sum(events), 0) AS events, COALESCE(sum(late_events), 0) AS late_events,"
            + " COALESCE(sum((skipped->>'no-price')::bigint), 0) AS no_price,"
            + " COALESCE(sum((skipped->>'no-time')::bigint), 0) AS no_time,"
            + " COALESCE(sum((skipped->>'malformed')::bigint), 0) AS malformed"
            + " FROM tick_replay_file WHERE replay_id = r.id) f ON true";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ReplayViews(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<TickReplay> find(long id) {
        return jdbc.query(SELECT + " WHERE r.id = ?", (rs, n) -> replay(rs, files(id)), id).stream()
                .findFirst();
    }

    List<TickReplay> recent(int limit, String status) {
        if (status == null) {
            return jdbc.query(SELECT + " ORDER BY r.id DESC LIMIT ?", (rs, n) -> replay(rs, null), limit);
        }
        return jdbc.query(
                SELECT + " WHERE r.status = ? ORDER BY r.id DESC LIMIT ?", (rs, n) -> replay(rs, null), status, limit);
    }

    private TickReplay replay(ResultSet rs, List<TickReplay.FileProgress> files) throws SQLException {
        long id = rs.getLong(1);
        boolean bytesKnown = rs.getBoolean(12);
        long bytesTotal = rs.getLong(11);
        return new TickReplay(
                id,
                rs.getString(2),
                instant(rs.getTimestamp(3)),
                instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)),
                rs.getString(6),
                json.readValue(rs.getString(7), TickReplayRequest.class),
                "replay-" + id,
                instant(rs.getTimestamp(8)),
                rs.getBoolean(9),
                new TickReplay.Counts(
                        rs.getLong(10),
                        bytesKnown ? bytesTotal : null,
                        rs.getLong(13),
                        rs.getLong(14),
                        rs.getLong(15),
                        rs.getLong(16),
                        skipped(rs.getLong(17), rs.getLong(18), rs.getLong(19))),
                files);
    }

    private List<TickReplay.FileProgress> files(long id) {
        List<TickReplay.FileProgress> files = new ArrayList<>();
        jdbc.query(
                "SELECT seq, path, status, started_at, ended_at, error, bytes_read, bytes_total, rows_read,"
                        + " rows_committed, events, late_events, skipped::text"
                        + " FROM tick_replay_file WHERE replay_id = ? ORDER BY seq",
                rs -> {
                    JsonNode skipped = json.readTree(rs.getString(13));
                    Long total = rs.getObject(8) == null ? null : rs.getLong(8);
                    files.add(new TickReplay.FileProgress(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            instant(rs.getTimestamp(4)),
                            instant(rs.getTimestamp(5)),
                            rs.getString(6),
                            new TickReplay.Counts(
                                    rs.getLong(7),
                                    total,
                                    rs.getLong(9),
                                    rs.getLong(10),
                                    rs.getLong(11),
                                    rs.getLong(12),
                                    skipped(
                                            skipped.path(TickSkipReason.NO_PRICE.key())
                                                    .asLong(0),
                                            skipped.path(TickSkipReason.NO_TIME.key())
                                                    .asLong(0),
                                            skipped.path(TickSkipReason.MALFORMED.key())
                                                    .asLong(0)))));
                },
                id);
        return files;
    }

    private static Map<String, Long> skipped(long noPrice, long noTime, long malformed) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(TickSkipReason.NO_PRICE.key(), noPrice);
        counts.put(TickSkipReason.NO_TIME.key(), noTime);
        counts.put(TickSkipReason.MALFORMED.key(), malformed);
        return counts;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
