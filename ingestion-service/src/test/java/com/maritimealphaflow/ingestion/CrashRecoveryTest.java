package com.maritimealphaflow.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.testsupport.ServiceProcess;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ingestion service as a real process killed by {@code SIGKILL} in the middle of a continuous batch, as the OOM
 * killer or a power cut would: no shutdown hook runs. The batch's row must count exactly the chunks committed before
 * the kill, and another instance's reaper must then mark it {@code abandoned} once the dead owner's heartbeat is older
 * than the grace.
 *
 * <p>Liveness is shortened here (heartbeat 1 s, grace 4 s, reaper every 2 s) to keep the test short; run with {@code
 * -Dcrash.liveness=defaults} to measure the recovery time with the shipped settings (the time is logged).
 */
class CrashRecoveryTest {

    private static final Logger log = LoggerFactory.getLogger(CrashRecoveryTest.class);

    private static final Duration START = Duration.ofSeconds(120);

    private static final String BATCH_COUNTS =
            """
            SELECT id, status, owner, error, ended_at, started_at, messages_received, positions_stored, duplicates,
                   statics_stored, rejected,
                   (SELECT coalesce(sum(value::bigint), 0) FROM jsonb_each_text(skipped)) AS skipped_total,
                   (SELECT coalesce(sum(value::bigint), 0) FROM jsonb_each_text(rejected_reasons)) AS reasons_total
            FROM ingestion_log WHERE kind = 'ais-batch'""";

    @Test
    void aKilledBatchCountsWhatItCommittedAndIsAbandonedByAnotherInstancesReaper() throws Exception {
        TestDatabase database = TestDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        long killedAt;
        String owner;
        try (ServiceProcess crashing = withLiveness(ServiceProcess.of(IngestionApplication.class)
                        .label("ingestion-crashing")
                        .database(database)
                        .environment("AIS_SOURCE", "simulator")
                        .environment("AIS_SIMULATOR_VESSELS", "300")
                        .environment("AIS_SIMULATOR_RATE", "2000")
                        .environment("AIS_MODE", "continuous")
                        // one batch for the whole test: the kill always lands in the middle of it
                        .environment("AIS_BATCH_INTERVAL", "PT1H")
                        .property("alphaflow.ingestion.ais.store.chunk-size", "500"))
                .start()) {
            crashing.awaitHealthy(START);
            crashing.verify(() -> await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM ingestion_log WHERE status = 'running'"
                                            + " AND positions_stored >= 3000",
                                    Long.class)
                            == 1));

            crashing.kill();
            killedAt = System.nanoTime();

            crashing.verify(() -> {
                Map<String, Object> batch = jdbc.queryForMap(BATCH_COUNTS);
                assertThat(batch.get("status")).isEqualTo("running");
                assertCountsAddUp(batch);
                assertThat(count(batch, "positions_stored"))
                        .as("positions stored by the batch against rows in ship_position")
                        .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class));
                assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_static", Long.class))
                        .as("vessels in ship_static, at most one per static message stored")
                        .isPositive()
                        .isLessThanOrEqualTo(count(batch, "statics_stored"));
                assertThat(jdbc.queryForList("SELECT id FROM service_instance", String.class))
                        .as("the dead instance is still registered: nothing ran to remove it")
                        .containsExactly((String) batch.get("owner"));
            });
            owner = jdbc.queryForObject("SELECT owner FROM ingestion_log", String.class);
        }

        Map<String, Object> before = jdbc.queryForMap(BATCH_COUNTS);
        try (ServiceProcess reaping = withLiveness(ServiceProcess.of(IngestionApplication.class)
                        .label("ingestion-reaping")
                        .database(database)
                        .environment("AIS_SOURCE", "simulator")
                        // no batch of its own within the test: the first would start in 2029
                        .environment("AIS_MODE", "batch")
                        .environment("AIS_BATCH_INTERVAL", "P3650D"))
                .start()) {
            reaping.awaitHealthy(START);
            reaping.verify(() -> await().atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> "abandoned"
                            .equals(jdbc.queryForObject(
                                    "SELECT status FROM ingestion_log WHERE kind = 'ais-batch'", String.class))));
            log.info(
                    "kill -9 to abandoned: {} ms ({} liveness)",
                    Duration.ofNanos(System.nanoTime() - killedAt).toMillis(),
                    System.getProperty("crash.liveness", "short"));

            reaping.verify(() -> {
                Map<String, Object> after = jdbc.queryForMap(BATCH_COUNTS);
                assertThat(after)
                        .as("counts untouched by the reaper")
                        .containsAllEntriesOf(Map.of(
                                "messages_received", before.get("messages_received"),
                                "positions_stored", before.get("positions_stored"),
                                "statics_stored", before.get("statics_stored")));
                assertCountsAddUp(after);
                assertThat((String) after.get("error")).contains(owner).contains("abandoned");
                assertThat((Timestamp) after.get("ended_at"))
                        .as("ended when its owner was last heard from, not when it was reaped")
                        .isAfterOrEqualTo((Timestamp) after.get("started_at"));
                assertThat(jdbc.queryForList("SELECT id FROM service_instance", String.class))
                        .as("the dead instance forgotten, the live one registered")
                        .doesNotContain(owner)
                        .hasSize(1);
            });
        }
    }

    /** Shortened liveness unless the shipped defaults are to be measured. */
    private static ServiceProcess.Builder withLiveness(ServiceProcess.Builder builder) {
        if ("defaults".equals(System.getProperty("crash.liveness"))) {
            return builder;
        }
        return builder.property("alphaflow.ingestion.liveness.heartbeat-interval", "PT1S")
                .property("alphaflow.ingestion.liveness.grace", "PT4S")
                .property("alphaflow.ingestion.liveness.reap-every", "PT2S");
    }

    private static void assertCountsAddUp(Map<String, Object> batch) {
        assertThat(count(batch, "messages_received"))
                .as("messages received = stored + duplicates + statics + rejected + skipped")
                .isPositive()
                .isEqualTo(count(batch, "positions_stored")
                        + count(batch, "duplicates")
                        + count(batch, "statics_stored")
                        + count(batch, "rejected")
                        + count(batch, "skipped_total"));
        assertThat(count(batch, "rejected")).isEqualTo(count(batch, "reasons_total"));
    }

    private static long count(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
