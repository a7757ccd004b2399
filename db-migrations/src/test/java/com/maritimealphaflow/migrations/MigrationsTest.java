package com.maritimealphaflow.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The migrations as the services run them: four services start together on an empty database (docker compose does
 * exactly that), and writers rely on {@code ensure_ship_position_partition} before inserting into a day.
 */
class MigrationsTest {

    private static final int SERVICES = 4;

    @Test
    void migratesAFreshDatabaseExactlyOnceWhenFourServicesStartTogether() throws Exception {
        TestDatabase database = TestDatabase.create();

        List<MigrateResult> results = runTogether(() -> flyway(database).migrate());

        int resolved = flyway(database).info().all().length;
        assertThat(resolved).isPositive();
        assertThat(results).allSatisfy(result -> assertThat(result.success).isTrue());
        assertThat(results.stream()
                        .mapToInt(result -> result.migrationsExecuted)
                        .sum())
                .as("migrations executed across all four instances")
                .isEqualTo(resolved);
        assertThat(flyway(database).info().pending()).isEmpty();
        try (Connection connection = database.connect()) {
            assertThat(query(
                            connection,
                            "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL AND success"))
                    .isEqualTo(resolved);
            for (String table :
                    List.of("ship_static", "ship_position", "ingestion_log", "ship_count_agg", "qrtz_job_details")) {
                assertThat(query(connection, "SELECT count(*) FROM pg_class WHERE relname = '" + table + "'"))
                        .as("table %s", table)
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void ensureShipPositionPartitionIsIdempotentAndOpensItsWholeDayToInserts() throws Exception {
        TestDatabase database = TestDatabase.create();
        flyway(database).migrate();
        List<LocalDate> days = List.of(
                LocalDate.of(1999, 12, 31), LocalDate.now(ZoneOffset.UTC).plusDays(30), LocalDate.of(2100, 2, 28));

        try (Connection connection = database.connect()) {
            for (LocalDate day : days) {
                assertThatThrownBy(() ->
                                insertPosition(connection, day.atStartOfDay().atOffset(ZoneOffset.UTC)))
                        .as("no partition for %s yet", day)
                        .isInstanceOf(SQLException.class);

                assertThat(ensurePartition(connection, day))
                        .as("first call for %s", day)
                        .isTrue();
                assertThat(ensurePartition(connection, day))
                        .as("second call for %s", day)
                        .isFalse();

                OffsetDateTime midnight = day.atStartOfDay().atOffset(ZoneOffset.UTC);
                String expected = "ship_position_" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
                assertThat(insertPosition(connection, midnight)).isEqualTo(expected);
                assertThat(insertPosition(connection, midnight.plusHours(12))).isEqualTo(expected);
                assertThat(insertPosition(connection, midnight.plusDays(1).minusNanos(1000)))
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void createsAPartitionOnceWhenSessionsRaceForTheSameDay() throws Exception {
        TestDatabase database = TestDatabase.create();
        flyway(database).migrate();
        LocalDate day = LocalDate.of(2010, 6, 1);

        List<Boolean> created = runTogether(() -> {
            try (Connection connection = database.connect()) {
                return ensurePartition(connection, day);
            }
        });

        assertThat(created).containsOnlyOnce(true).hasSize(SERVICES);
    }

    private static Flyway flyway(TestDatabase database) {
        return Flyway.configure()
                .dataSource(database.dataSource())
                .locations("classpath:db/migration")
                .load();
    }

    /** Runs the task on four threads released at the same moment and returns what each returned. */
    private static <T> List<T> runTogether(Callable<T> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(SERVICES);
        ExecutorService executor = Executors.newFixedThreadPool(SERVICES);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                futures.add(executor.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                // Generous: only there so that a deadlock fails the test instead of hanging the build.
                results.add(future.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    private static boolean ensurePartition(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT ensure_ship_position_partition(?)")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Inserts one position at {@code time} and returns the partition it landed in. */
    private static String insertPosition(Connection connection, OffsetDateTime time) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO ship_position (mmsi, report_time, latitude, longitude, message_type, source)"
                        + " VALUES (211000001, ?, 54.3, 10.1, 1, 'test') RETURNING tableoid::regclass::text")) {
            ps.setObject(1, time);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static int query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
