package com.maritimealphaflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.testsupport.ServiceProcess;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ingestion service as a real process stopped by a real {@code SIGTERM}, as {@code docker stop} does: the batch in
 * hand is either whole in the database, its {@code ingestion_log} row saying {@code interrupted} with counts that add up
 * to the rows stored, or not started at all. In batch mode Quartz's job finishes and its trigger is free for another
 * instance. Each case runs the service against a database of its own, fed by the simulator.
 */
class GracefulShutdownTest {

    /** Generous: the service starts in about 10 s on a quiet machine; two busy cores may triple that. */
    private static final Duration START = Duration.ofSeconds(120);

    /** The compose file's stop_grace_period for the ingestion service: Docker kills the process after it. */
    private static final Duration GRACE = Duration.ofSeconds(100);

    /** The exit code of a JVM that ran its shutdown hooks to the end after SIGTERM (128 + 15). */
    private static final int EXITED_ON_SIGTERM = 143;

    private static final String RUNNING_BATCHES =
            "SELECT count(*) FROM ingestion_log WHERE kind = 'ais-batch' AND status = 'running'";

    private TestDatabase database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void newDatabase() {
        database = TestDatabase.create();
        jdbc = new JdbcTemplate(database.dataSource());
    }

    @Test
    void continuousModeCommitsTheBatchInHandAsInterruptedAndNotifiesOnSigterm() throws Exception {
        try (ServiceProcess service = simulatorFed(database, "continuous")
                        .environment("AIS_MODE", "continuous")
                        .environment("AIS_BATCH_INTERVAL", "PT1H")
                        .start();
                Connection listener = listenForCommits(database)) {
            service.awaitHealthy(START);
            service.verify(() -> awaitPositionsFlowingIntoARunningBatch(jdbc));

            service.sendSigterm();
            int exitCode = service.awaitExit(GRACE);

            service.verify(() -> {
                assertThat(exitCode).as("exit code").isEqualTo(EXITED_ON_SIGTERM);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM service_instance", Long.class))
                        .as("a clean stop deregisters its instance: nothing of it is left to reap")
                        .isZero();
                long batch = assertBatchesWholeAndTheLastInterrupted(jdbc);
                assertThat(service.output())
                        .contains("Batch " + batch + " from simulator interrupted")
                        .contains(AisIngestion.SHUTDOWN);
                assertThat(notifiedBatches(listener)).as("batches notified").contains(batch);
            });
        }
    }

    @Test
    void batchModeFinishesTheRunningJobsBatchAndLeavesItsTriggerFreeForAnotherInstance() throws Exception {
        try (ServiceProcess service = simulatorFed(database, "batch")
                        .environment("AIS_MODE", "batch")
                        // the first batch starts within five seconds and would stream for ten minutes
                        .environment("AIS_BATCH_INTERVAL", "PT5S")
                        .environment("AIS_BATCH_DURATION", "PT10M")
                        .start();
                Connection listener = listenForCommits(database)) {
            service.awaitHealthy(START);
            service.verify(() -> {
                awaitPositionsFlowingIntoARunningBatch(jdbc);
                assertThat(firedTriggersOf(jdbc, "ais-batch"))
                        .as("the Quartz batch job is running")
                        .isEqualTo(1);
            });

            service.sendSigterm();
            int exitCode = service.awaitExit(GRACE);

            service.verify(() -> {
                assertThat(exitCode).as("exit code").isEqualTo(EXITED_ON_SIGTERM);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM service_instance", Long.class))
                        .as("a clean stop deregisters its instance: nothing of it is left to reap")
                        .isZero();
                long batch = assertBatchesWholeAndTheLastInterrupted(jdbc);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM ingestion_log", Long.class))
                        .as("one batch, the one cut short")
                        .isEqualTo(1);
                assertThat(service.output()).contains("Batch " + batch + " from simulator interrupted");
                assertThat(notifiedBatches(listener)).as("batches notified").contains(batch);
                assertQuartzHoldsNothing(jdbc);
            });
        }
    }

    @Test
    void sigtermBeforeTheFirstBatchLeavesNoBatchRowBehind() throws Exception {
        try (ServiceProcess service = simulatorFed(database, "not-started")
                .environment("AIS_MODE", "batch")
                // batches start on multiples of the interval since the epoch: the first of these is in 2029
                .environment("AIS_BATCH_INTERVAL", "P3650D")
                .start()) {
            service.awaitHealthy(START);

            service.sendSigterm();
            int exitCode = service.awaitExit(GRACE);

            service.verify(() -> {
                assertThat(exitCode).as("exit code").isEqualTo(EXITED_ON_SIGTERM);
                assertThat(jdbc.queryForObject("SELECT count(*) FROM service_instance", Long.class))
                        .as("a clean stop deregisters its instance: nothing of it is left to reap")
                        .isZero();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM ingestion_log", Long.class))
                        .isZero();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                        .isZero();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_static", Long.class))
                        .isZero();
                assertQuartzHoldsNothing(jdbc);
            });
        }
    }

    private static ServiceProcess.Builder simulatorFed(TestDatabase database, String label) {
        return ServiceProcess.of(IngestionApplication.class)
                .label("ingestion-" + label)
                .database(database)
                .environment("AIS_SOURCE", "simulator")
                .environment("AIS_SIMULATOR_VESSELS", "300")
                .environment("AIS_SIMULATOR_RATE", "2000")
                // chunks of 500 reports: several are written, and more are in flight, when the signal comes
                .property("alphaflow.ingestion.ais.store.chunk-size", "500");
    }

    private static void awaitPositionsFlowingIntoARunningBatch(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> jdbc.queryForObject(RUNNING_BATCHES, Long.class) == 1
                        && jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class) >= 2000);
    }

    /**
     * Every batch row is final, its counts add up, and together they account for every stored position. The last is
     * the one the signal cut short, and the positions within its report times are exactly those it says it stored.
     *
     * @return the id of the interrupted batch
     */
    private static long assertBatchesWholeAndTheLastInterrupted(JdbcTemplate jdbc) {
        List<Map<String, Object>> batches = jdbc.queryForList(
                """
                SELECT id, status, error, ended_at, aggregated_at, first_report_at, last_report_at, messages_received,
                       positions_stored, duplicates, statics_stored, rejected,
                       (SELECT coalesce(sum(value::bigint), 0) FROM jsonb_each_text(skipped)) AS skipped_total
                FROM ingestion_log WHERE kind = 'ais-batch' ORDER BY id""");
        assertThat(batches).isNotEmpty();
        assertThat(batches).allSatisfy(batch -> {
            assertThat(batch.get("status"))
                    .as("batch %s status", batch.get("id"))
                    .isNotEqualTo("running");
            assertThat(batch.get("ended_at"))
                    .as("batch %s end", batch.get("id"))
                    .isNotNull();
            assertThat(batch.get("aggregated_at"))
                    .as("left for the aggregation service")
                    .isNull();
            assertThat(count(batch, "messages_received"))
                    .as(
                            "batch %s: messages received = stored + duplicates + statics + rejected + skipped",
                            batch.get("id"))
                    .isEqualTo(count(batch, "positions_stored")
                            + count(batch, "duplicates")
                            + count(batch, "statics_stored")
                            + count(batch, "rejected")
                            + count(batch, "skipped_total"));
        });
        long storedByAll =
                batches.stream().mapToLong(b -> count(b, "positions_stored")).sum();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class))
                .as("rows in ship_position against positions stored by all batches")
                .isEqualTo(storedByAll);

        Map<String, Object> last = batches.get(batches.size() - 1);
        assertThat(last).containsEntry("status", "interrupted").containsEntry("error", AisIngestion.SHUTDOWN);
        assertThat(count(last, "positions_stored")).isPositive();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM ship_position WHERE report_time BETWEEN ? AND ?",
                        Long.class,
                        last.get("first_report_at"),
                        last.get("last_report_at")))
                .as("rows within the report times of the interrupted batch against its positions stored")
                .isEqualTo(count(last, "positions_stored"));
        // ship_static holds one merged row per vessel; each comes from at least one static message of a batch
        long vesselsWithStatics = jdbc.queryForObject("SELECT count(*) FROM ship_static", Long.class);
        long staticMessages =
                batches.stream().mapToLong(b -> count(b, "statics_stored")).sum();
        assertThat(vesselsWithStatics)
                .as("vessels in ship_static, at most one per static message stored")
                .isPositive()
                .isLessThanOrEqualTo(staticMessages);
        return ((Number) last.get("id")).longValue();
    }

    /** No trigger is held by the stopped instance: none fired and unfinished, the batch trigger free to fire. */
    private static void assertQuartzHoldsNothing(JdbcTemplate jdbc) {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM qrtz_fired_triggers", Long.class))
                .as("fired triggers left")
                .isZero();
        assertThat(jdbc.queryForList(
                        "SELECT trigger_state FROM qrtz_triggers WHERE trigger_name = 'ais-batch-every-interval'",
                        String.class))
                .containsExactly("WAITING");
    }

    private static long firedTriggersOf(JdbcTemplate jdbc, String job) {
        return jdbc.queryForObject("SELECT count(*) FROM qrtz_fired_triggers WHERE job_name = ?", Long.class, job);
    }

    private static Connection listenForCommits(TestDatabase database) throws Exception {
        Connection connection = database.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + PipelineChannels.AIS_BATCH_COMMITTED);
        }
        return connection;
    }

    /** The batch ids notified so far; the service has exited, so all it sent is there to read. */
    private static Set<Long> notifiedBatches(Connection listener) throws Exception {
        Set<Long> ids = new HashSet<>();
        PGNotification[] received;
        while ((received = listener.unwrap(PGConnection.class).getNotifications(1000)) != null && received.length > 0) {
            for (PGNotification notification : received) {
                ids.add(Long.parseLong(notification.getParameter()));
            }
        }
        return ids;
    }

    private static long count(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
