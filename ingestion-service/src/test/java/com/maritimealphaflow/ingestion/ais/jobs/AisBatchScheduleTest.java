package com.maritimealphaflow.ingestion.ais.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.DatabaseTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code AIS_MODE=batch} with the scheduler running: the clustered Quartz job streams from the simulator for the
 * batch duration every batch interval, each batch on an interval boundary with its own completed log row.
 */
@TestPropertySource(
        properties = {
            "spring.quartz.auto-startup=true",
            "alphaflow.ingestion.ais.batch-interval=PT2S",
            "alphaflow.ingestion.ais.batch-duration=PT1S",
            "alphaflow.ingestion.ais.simulator.messages-per-second=200",
            // a scheduler name of its own: Quartz keeps the job store's data source in a JVM-wide registry under
            // it, and this context is closed after the test while the other tests' contexts stay cached
            "spring.quartz.properties.org.quartz.scheduler.instanceName=ais-batch-schedule-test",
        })
@DirtiesContext // its scheduler keeps firing: no other test may share this context
class AisBatchScheduleTest extends DatabaseTest {

    @Autowired
    Scheduler scheduler;

    @Test
    void streamsABatchEveryIntervalThroughTheClusteredScheduler() throws Exception {
        clearAisTables();

        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        jdbc.queryForObject("SELECT count(*) FROM ingestion_log WHERE status = 'completed'", Long.class)
                                >= 2);

        List<Map<String, Object>> batches = jdbc.queryForList(
                "SELECT source, messages_received, positions_stored, started_at, ended_at FROM ingestion_log"
                        + " WHERE status = 'completed' ORDER BY id");
        assertThat(batches).allSatisfy(batch -> {
            assertThat(batch.get("source")).isEqualTo("simulator");
            assertThat((Long) batch.get("messages_received")).isPositive();
            assertThat((Long) batch.get("positions_stored")).isPositive();
        });
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(scheduler.getMetaData().getJobStoreClass().getSimpleName()).contains("JobStore");
        assertThat(scheduler.checkExists(AisSchedule.AIS_BATCH)).isTrue();
    }
}
