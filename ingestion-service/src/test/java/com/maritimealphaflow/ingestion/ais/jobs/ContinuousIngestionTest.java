package com.maritimealphaflow.ingestion.ais.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.simulator.SimulatorSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code AIS_MODE=continuous}: one open stream, a batch committed on every interval boundary, and the one in hand
 * when the service stops committed as interrupted.
 */
class ContinuousIngestionTest extends DatabaseTest {

    @Autowired
    AisIngestion ingestion;

    @Autowired
    AisProperties properties;

    @Test
    void keepsTheStreamOpenAndCommitsABatchEveryIntervalAndTheLastOneOnStop() {
        clearAisTables();
        AisProperties continuous = new AisProperties(
                "simulator",
                AisProperties.Mode.CONTINUOUS,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                properties.aisstream(),
                properties.nmea(),
                properties.replay(),
                new AisProperties.Simulator(50, 200, 7),
                properties.store(),
                properties.maintenanceCron());
        SimulatorSource source = new SimulatorSource(continuous.simulator(), Clock.systemUTC());
        ContinuousIngestion runner = new ContinuousIngestion(ingestion, source, continuous, Clock.systemUTC());

        runner.start();
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        jdbc.queryForObject("SELECT count(*) FROM ingestion_log WHERE status = 'completed'", Long.class)
                                >= 2);
        runner.stop();

        assertThat(runner.isRunning()).isFalse();
        List<Map<String, Object>> batches = jdbc.queryForList(
                "SELECT status, messages_received, positions_stored, error FROM ingestion_log ORDER BY id");
        assertThat(batches).hasSizeGreaterThanOrEqualTo(3);
        assertThat(batches.subList(0, batches.size() - 1))
                .allSatisfy(batch -> assertThat(batch.get("status")).isEqualTo("completed"));
        // The batch in hand at the stop is written and says it was cut short.
        assertThat(batches.get(batches.size() - 1))
                .containsEntry("status", "interrupted")
                .containsEntry("error", AisIngestion.SHUTDOWN);
        long received = batches.stream()
                .mapToLong(b -> (Long) b.get("messages_received"))
                .sum();
        long stored = jdbc.queryForObject("SELECT count(*) FROM ship_position", Long.class)
                + jdbc.queryForObject("SELECT coalesce(sum(statics_stored), 0) FROM ingestion_log", Long.class)
                + jdbc.queryForObject("SELECT coalesce(sum(duplicates), 0) FROM ingestion_log", Long.class);
        assertThat(stored).isEqualTo(received);
    }
}
