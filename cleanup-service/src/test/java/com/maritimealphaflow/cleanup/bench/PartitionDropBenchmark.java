package com.maritimealphaflow.cleanup.bench;

import com.maritimealphaflow.cleanup.CleanupApplication;
import com.maritimealphaflow.cleanup.retention.CleanupRequest;
import com.maritimealphaflow.cleanup.retention.CleanupRun;
import com.maritimealphaflow.cleanup.retention.CleanupService;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Removing one day of raw AIS: the cleanup service dropping its partition (detach concurrently, drop), beside a
 * {@code DELETE} of the same rows, on a fresh database in the same run. The day is loaded three times with the same
 * rows by {@code COPY}, each time checkpointed, vacuumed and analysed as autovacuum leaves a day long past: once for
 * the cleanup service, once for the two statements by hand, once for the {@code DELETE} (and the {@code VACUUM} it
 * calls for). Run with {@code scripts/bench-cleanup.sh [rows]} (default 5,000,000).
 */
public final class PartitionDropBenchmark {

    private static final int VESSELS = 20_000;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS'+00'").withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        TestDatabase database = TestDatabase.create();
        ConfigurableApplicationContext service = new SpringApplicationBuilder(CleanupApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        // arguments, not default properties: they must win over application.yml's placeholders
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--spring.quartz.auto-startup=false",
                        "--alphaflow.cleanup.retention-raw=P180D");
        try (Connection connection = database.connect()) {
            CleanupService cleanup = service.getBean(CleanupService.class);
            LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(200);
            String partition = "ship_position_" + day.toString().replace("-", "");

            double loaded = load(connection, day, rows);
            System.out.printf(
                    Locale.ROOT,
                    "loaded %,d positions into %s by COPY in %.1f s: %,d MB with its indexes%n",
                    rows,
                    partition,
                    loaded,
                    query(connection, "SELECT pg_total_relation_size('" + partition + "')") >> 20);
            // A dry run first loads the classes and opens the pool's connections, as in a service that has been up.
            cleanup.run(CleanupRequest.requested(null, true));
            CleanupRun[] run = new CleanupRun[1];
            Measured viaService =
                    measure(connection, () -> run[0] = cleanup.run(CleanupRequest.requested(null, false)));
            if (run[0].partitionCount() != 1
                    || query(connection, "SELECT count(*) FROM pg_class WHERE relname = '" + partition + "'") != 0) {
                throw new IllegalStateException("the cleanup did not remove the day: " + run[0]);
            }
            print("cleanup run (lock, log, DETACH … CONCURRENTLY, DROP)", viaService);

            load(connection, day, rows);
            Measured detach = measure(
                    connection,
                    () -> execute(
                            connection, "ALTER TABLE ship_position DETACH PARTITION " + partition + " CONCURRENTLY"));
            Measured drop = measure(connection, () -> execute(connection, "DROP TABLE " + partition));
            print("by hand: DETACH PARTITION … CONCURRENTLY", detach);
            print("by hand: DROP TABLE", drop);

            load(connection, day, rows);
            long[] deleted = new long[1];
            Measured delete = measure(connection, () -> deleted[0] = delete(connection, day));
            print(String.format(Locale.ROOT, "DELETE of the day's %,d rows", deleted[0]), delete);
            // The DELETE only marks the rows dead: VACUUM (autovacuum, later) has to pass over the table and its
            // indexes before the space can be used again, and it does not give the indexes' space back.
            Measured vacuum = measure(connection, () -> execute(connection, "VACUUM " + partition));
            print("VACUUM after the DELETE", vacuum);
            System.out.printf(
                    Locale.ROOT,
                    "the emptied partition still takes %,d MB%n",
                    query(connection, "SELECT pg_total_relation_size('" + partition + "')") >> 20);

            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "one day of %,d positions: cleanup run %.3f s, DELETE %.2f s: DELETE / cleanup run = %.1f,"
                            + " (DELETE + VACUUM) / cleanup run = %.1f; by hand DELETE / (detach + drop) = %.1f%n",
                    rows,
                    viaService.seconds,
                    delete.seconds,
                    delete.seconds / viaService.seconds,
                    (delete.seconds + vacuum.seconds) / viaService.seconds,
                    delete.seconds / (detach.seconds + drop.seconds));
        } finally {
            service.close();
        }
        System.exit(0);
    }

    /**
     * @param seconds wall time
     * @param walBytes WAL written meanwhile, by the whole server (other databases' activity included)
     */
    private record Measured(double seconds, long walBytes) {}

    private interface Step {
        void run() throws Exception;
    }

    private static Measured measure(Connection connection, Step step) throws Exception {
        String lsn = text(connection, "SELECT pg_current_wal_insert_lsn()::text");
        long t = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - t) / 1e9;
        return new Measured(
                seconds,
                query(connection, "SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '" + lsn + "')::bigint"));
    }

    private static void print(String what, Measured measured) {
        System.out.printf(Locale.ROOT, "%s: %.3f s, %,d kB of WAL%n", what, measured.seconds, measured.walBytes >> 10);
    }

    /** Creates the day's partition, COPYs the positions in, and leaves it checkpointed, vacuumed and analysed. */
    private static double load(Connection connection, LocalDate day, int rows) throws SQLException {
        execute(connection, "SELECT ensure_ship_position_partition('" + day + "')");
        long start = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        int reportsPerVessel = (rows + VESSELS - 1) / VESSELS;
        long slotMillis = 86_000_000L / reportsPerVessel;
        long t = System.nanoTime();
        CopyIn copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("COPY ship_position (mmsi, report_time, latitude, longitude, speed, course, heading,"
                        + " nav_status, message_type, source) FROM STDIN");
        StringBuilder chunk = new StringBuilder(1 << 20);
        for (int i = 0; i < rows; i++) {
            int vessel = i % VESSELS;
            int slot = i / VESSELS;
            // every vessel reports once a slot, the fleet spread over the slot's first 20 s: in time order
            Instant time = Instant.ofEpochMilli(start + slot * slotMillis + vessel);
            chunk.append(219_000_000 + vessel).append('\t');
            chunk.append(TIME.format(time)).append('\t');
            chunk.append(50 + vessel % 1000 / 100.0).append('\t');
            chunk.append(-10 + slot % 400 / 20.0).append('\t');
            chunk.append(vessel % 25).append('\t');
            chunk.append(slot % 360).append('\t');
            chunk.append(slot % 360).append('\t');
            chunk.append("0\t1\tbench\n");
            if (chunk.length() > (1 << 20) - 200) {
                write(copy, chunk);
            }
        }
        write(copy, chunk);
        copy.endCopy();
        execute(connection, "CHECKPOINT");
        execute(connection, "VACUUM ANALYZE ship_position_" + day.toString().replace("-", ""));
        execute(connection, "CHECKPOINT");
        return (System.nanoTime() - t) / 1e9;
    }

    private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    private static long delete(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM ship_position WHERE report_time >= ? AND report_time < ?")) {
            delete.setObject(1, day.atStartOfDay().atOffset(ZoneOffset.UTC));
            delete.setObject(2, day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            return delete.executeUpdate();
        }
    }

    private static long query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
