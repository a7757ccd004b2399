package com.maritimealphaflow.testsupport.seed;

import static com.maritimealphaflow.testsupport.seed.Seed.utc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Position reports in {@code ship_position}, as the ingestion service stores them: the day's partition created first,
 * a report of the same vessel and time stored once. Also the day partitions themselves, which retention drops.
 */
public final class ShipPositions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** Message type 1 (a class A position report); nav status 0, under way using engine. */
    private static final String INSERT =
            "INSERT INTO ship_position (mmsi, report_time, latitude, longitude, speed, course, heading, nav_status,"
                    + " message_type, source) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1, 'test') ON CONFLICT DO NOTHING";

    /**
     * One position report. By default the vessel lies off Oslo and reports neither speed nor course.
     *
     * @param heading degrees; null when not reported
     */
    public record Position(
            int mmsi, Instant time, double latitude, double longitude, Float speed, Float course, Integer heading) {

        public static Position of(int mmsi, Instant time) {
            return new Position(mmsi, time, 59.9, 10.7, null, null, null);
        }

        public Position at(double latitude, double longitude) {
            return new Position(mmsi, time, latitude, longitude, speed, course, heading);
        }

        /** Speed over ground and course, with the course as heading, as a vessel steering straight reports it. */
        public Position moving(Float speed, Float course) {
            return new Position(
                    mmsi, time, latitude, longitude, speed, course, course == null ? null : Math.round(course));
        }
    }

    private final JdbcTemplate jdbc;

    ShipPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Position... positions) {
        insertAll(Arrays.asList(positions));
    }

    public void insertAll(List<Position> positions) {
        positions.stream()
                .map(p -> LocalDate.ofInstant(p.time(), ZoneOffset.UTC))
                .distinct()
                .forEach(this::partition);
        jdbc.batchUpdate(
                INSERT,
                positions.stream()
                        .map(p -> new Object[] {
                            p.mmsi(), utc(p.time()), p.latitude(), p.longitude(), p.speed(), p.course(), p.heading()
                        })
                        .toList());
    }

    /** A report of the vessel at each of these times, at the default place. */
    public void reports(int mmsi, Instant... times) {
        insertAll(Arrays.stream(times).map(time -> Position.of(mmsi, time)).toList());
    }

    /** One report each of {@code vessels} vessels (MMSI 211000001 on), spread evenly over the UTC day. */
    public void spreadOver(LocalDate day, int vessels) {
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Duration step = Duration.ofDays(1).dividedBy(vessels + 1);
        List<Position> positions = new ArrayList<>();
        for (int i = 1; i <= vessels; i++) {
            positions.add(Position.of(211_000_000 + i, start.plus(step.multipliedBy(i))));
        }
        insertAll(positions);
    }

    /** Creates the day's partition unless it exists, as ingestion does before it stores a report of that day. */
    public void partition(LocalDate day) {
        jdbc.queryForObject("SELECT ensure_ship_position_partition(?)", Boolean.class, day);
    }

    public static String partitionName(LocalDate day) {
        return "ship_position_" + DAY.format(day);
    }

    /** The partitions attached to {@code ship_position}, by name. */
    public List<String> partitions() {
        return jdbc.queryForList(
                "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'ship_position'::regclass"
                        + " ORDER BY 1",
                String.class);
    }

    public long countOn(LocalDate day) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM ship_position WHERE report_time >= ? AND report_time < ?",
                Long.class,
                utc(day.atStartOfDay(ZoneOffset.UTC).toInstant()),
                utc(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** Lets the planner's statistics (the row estimates of partitions) catch up, as autovacuum would. */
    public void analyze() {
        jdbc.execute("ANALYZE ship_position");
    }

    /**
     * Finishes any detach an interrupted retention run left pending and drops every day partition older than
     * {@code day}, attached or not: what a test of retention starts from.
     */
    public void dropPartitionsBefore(LocalDate day) {
        for (String pending : jdbc.queryForList(
                "SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhdetachpending", String.class)) {
            jdbc.execute("ALTER TABLE ship_position DETACH PARTITION " + pending + " FINALIZE");
        }
        for (String table : jdbc.queryForList(
                "SELECT relname FROM pg_class WHERE relkind = 'r' AND relname ~ '^ship_position_[0-9]{8}$'"
                        + " AND relname < ?",
                String.class, partitionName(day))) {
            jdbc.execute("DROP TABLE " + table);
        }
    }
}
