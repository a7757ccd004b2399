package com.maritimealphaflow.dashboard.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes known rows into the AIS tables, the way the ingestion and aggregation services would. */
public final class Fixtures {

    private final JdbcTemplate jdbc;

    public Fixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties every table the dashboard reads; only ever in a throwaway test database. */
    public Fixtures clear() {
        String database = jdbc.queryForObject("SELECT current_database()", String.class);
        if (!database.startsWith("alphaflow_test_")) {
            throw new IllegalStateException("refusing to empty the tables of database '" + database
                    + "': tests write only to throwaway alphaflow_test_* databases (is ALPHAFLOW_TEST_DB_URL set?)");
        }
        jdbc.execute("TRUNCATE ship_position, ship_static, ship_type_history, ingestion_log, ship_count_agg,"
                + " ship_count_rollup, ship_presence_day, cleanup_run, market_backfill CASCADE");
        return this;
    }

    public Fixtures vessel(int mmsi, String name, Integer shipType, String destination, Instant updatedAt) {
        jdbc.update(
                "INSERT INTO ship_static (mmsi, name, call_sign, ship_type, destination, source, updated_at,"
                        + " first_seen_at) VALUES (?, ?, ?, ?, ?, 'simulator', ?, ?)",
                mmsi,
                name,
                name == null ? null : "C" + (mmsi % 10000),
                shipType,
                destination,
                Timestamp.from(updatedAt),
                Timestamp.from(updatedAt));
        return this;
    }

    public Fixtures position(int mmsi, Instant time, double latitude, double longitude, Float speed, Float course) {
        partitionFor(time);
        jdbc.update(
                "INSERT INTO ship_position (mmsi, report_time, latitude, longitude, speed, course, heading,"
                        + " nav_status, message_type, source) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1, 'simulator')",
                mmsi,
                Timestamp.from(time),
                latitude,
                longitude,
                speed,
                course,
                course == null ? null : Math.round(course));
        return this;
    }

    /** A window of counts; the categories not given are zero. */
    public Fixtures window(Instant start, Instant end, int total, int cargo, int tanker, int passenger) {
        jdbc.update(
                "INSERT INTO ship_count_agg (batch_start, batch_end, total, cargo, tanker, passenger, unknown,"
                        + " aggregated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(start),
                Timestamp.from(end),
                total,
                cargo,
                tanker,
                passenger,
                total - cargo - tanker - passenger,
                Timestamp.from(end.plusSeconds(2)));
        return this;
    }

    /** A batch of the ingestion log; the messages not stored, rejected or static are duplicates. */
    public long batch(
            String source,
            Instant started,
            Instant ended,
            String status,
            long received,
            long positions,
            long statics,
            Map<String, Long> rejectedReasons,
            String error) {
        long rejected =
                rejectedReasons.values().stream().mapToLong(Long::longValue).sum();
        String reasons = rejectedReasons.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        return jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, ended_at, status, messages_received,"
                        + " positions_stored, statics_stored, duplicates, rejected, rejected_reasons, error)"
                        + " VALUES (?, 'ais-batch', ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) RETURNING id",
                Long.class,
                source,
                Timestamp.from(started),
                ended == null ? null : Timestamp.from(ended),
                status,
                received,
                positions,
                statics,
                received - positions - statics - rejected,
                rejected,
                reasons,
                error);
    }

    private void partitionFor(Instant time) {
        jdbc.queryForObject(
                "SELECT ensure_ship_position_partition(?)",
                Boolean.class,
                java.sql.Date.valueOf(LocalDate.ofInstant(time, ZoneOffset.UTC)));
    }
}
