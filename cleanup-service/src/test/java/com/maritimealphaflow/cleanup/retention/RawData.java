package com.maritimealphaflow.cleanup.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fills and inspects the AIS tables the way ingestion and aggregation leave them. */
final class RawData {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcTemplate jdbc;

    RawData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String partitionOf(LocalDate day) {
        return "ship_position_" + DAY.format(day);
    }

    /** Empties the tables and removes every day partition older than a week before {@code today}. */
    void reset(LocalDate today) {
        for (String pending : jdbc.queryForList(
                "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhdetachpending", String.class)) {
            jdbc.execute("ALTER TABLE ship_position DETACH PARTITION " + pending + " FINALIZE");
        }
        for (String table : jdbc.queryForList(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND relname ~ '^ship_position_[0-9]{8}$'"
                        + " AND relname < ?",
                String.class, partitionOf(today.minusDays(7)))) {
            jdbc.execute("DROP TABLE " + table);
        }
        jdbc.execute("TRUNCATE ship_position, ship_static, ship_type_history, ship_count_agg, cleanup_run CASCADE");
    }

    /** The day's partition, holding {@code rows} position reports of as many vessels spread over the day. */
    void positions(LocalDate day, int rows) {
        jdbc.queryForObject("SELECT ensure_ship_position_partition(?)", Boolean.class, day);
        jdbc.update(
                "INSERT INTO ship_position (mmsi, report_time, latitude, longitude, speed, message_type, source)"
                        + " SELECT 211000000 + g, ?::timestamptz + g * (interval '1 day' / (? + 1)), 54.5, 10.2,"
                        + " 12.5, 1, 'test' FROM generate_series(1, ?) g",
                startOf(day),
                rows,
                rows);
    }

    /** Lets the planner's statistics (the row estimates a run reports) catch up, as autovacuum would. */
    void analyze() {
        jdbc.execute("ANALYZE ship_position");
    }

    long positionsOn(LocalDate day) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM ship_position WHERE report_time >= ? AND report_time < ?",
                Long.class,
                startOf(day),
                startOf(day.plusDays(1)));
    }

    /** The partitions attached to ship_position, by name. */
    List<String> partitions() {
        return jdbc.queryForList(
                "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'ship_position'::regclass"
                        + " ORDER BY 1",
                String.class);
    }

    boolean tableExists(String name) {
        return jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, name);
    }

    long bytesOf(String partition) {
        return jdbc.queryForObject("SELECT pg_total_relation_size(?::regclass)", Long.class, partition);
    }

    /** A row of vessel counts for the five-minute window starting at {@code start}. */
    void counts(Instant start, int total) {
        jdbc.update(
                "INSERT INTO ship_count_agg (batch_start, batch_end, total, cargo, unknown) VALUES (?, ?, ?, ?, ?)",
                utc(start),
                utc(start.plusSeconds(300)),
                total,
                total / 2,
                total - total / 2);
    }

    /** The latest static data of a vessel, last updated at {@code updatedAt}; the trigger records its ship type. */
    void staticData(int mmsi, int shipType, Instant updatedAt) {
        jdbc.update(
                "INSERT INTO ship_static (mmsi, name, ship_type, source, updated_at, first_seen_at)"
                        + " VALUES (?, ?, ?, 'test', ?, ?)",
                mmsi,
                "VESSEL " + mmsi,
                shipType,
                utc(updatedAt),
                utc(updatedAt));
    }

    void typeChange(int mmsi, int shipType, Instant validFrom) {
        jdbc.update(
                "INSERT INTO ship_type_history (mmsi, valid_from, ship_type) VALUES (?, ?, ?)",
                mmsi,
                utc(validFrom),
                shipType);
    }

    List<Instant> typeHistory(int mmsi) {
        return jdbc
                .queryForList(
                        "SELECT valid_from FROM ship_type_history WHERE mmsi = ? ORDER BY valid_from",
                        OffsetDateTime.class,
                        mmsi)
                .stream()
                .map(OffsetDateTime::toInstant)
                .toList();
    }

    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
