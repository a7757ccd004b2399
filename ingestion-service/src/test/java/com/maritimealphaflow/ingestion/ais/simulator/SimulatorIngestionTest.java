package com.maritimealphaflow.ingestion.ais.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.BatchOutcome;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SimulatorIngestionTest extends DatabaseTest {

    @Autowired
    AisIngestion ingestion;

    @Autowired
    Clock clock;

    @Test
    void aSimulatedBatchStoresPositionsAndStaticDataAndCompletesItsLogRow() {
        clearAisTables();
        SimulatorSource source = new SimulatorSource(new AisProperties.Simulator(20, 200, 7), clock);

        BatchOutcome outcome = ingestion.runBatch(source, StreamControl.forDuration(Duration.ofSeconds(2), clock));

        assertThat(outcome.status()).isEqualTo(BatchOutcome.Status.COMPLETED);
        assertThat(outcome.messagesReceived()).isPositive();
        assertThat(outcome.rejectedTotal()).isZero();
        assertThat(outcome.positionsStored()).isPositive();
        assertThat(outcome.staticsStored()).isPositive();

        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM ingestion_log");
        assertThat(row)
                .containsEntry("source", "simulator")
                .containsEntry("status", "completed")
                .containsEntry("messages_received", outcome.messagesReceived())
                .containsEntry("positions_stored", outcome.positionsStored())
                .containsEntry("statics_stored", outcome.staticsStored())
                .containsEntry("rejected", 0L);
        assertThat(row.get("ended_at")).isNotNull();
        assertThat(row.get("error")).isNull();

        Long positions =
                jdbc.queryForObject("SELECT count(*) FROM ship_position WHERE source = 'simulator'", Long.class);
        assertThat(positions).isEqualTo(outcome.positionsStored());
        Integer vesselsWithStatic = jdbc.queryForObject(
                "SELECT count(*) FROM ship_static WHERE name IS NOT NULL AND ship_type IS NOT NULL", Integer.class);
        assertThat(vesselsWithStatic).isBetween(1, 20);
        Integer positionsOffTheGlobe = jdbc.queryForObject(
                "SELECT count(*) FROM ship_position WHERE abs(latitude) > 90 OR abs(longitude) > 180", Integer.class);
        assertThat(positionsOffTheGlobe).isZero();
    }
}
