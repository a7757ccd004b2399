package com.maritimealphaflow.ingestion.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.IngestionApplication;
import com.maritimealphaflow.testsupport.cluster.ClusterFires;
import com.maritimealphaflow.testsupport.cluster.ServiceCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the ingestion service on one database, the second starting while the first already fires, every
 * job on a schedule of a second or two: the AIS batch, the partition maintenance, the reaper and a market job (the
 * CSV directory scan). Each trigger's fire time runs once in the cluster, and interval triggers stay on their grid.
 */
class IngestionClusterTest {

    private static final String BATCH = "ais.ais-batch-every-interval";
    private static final String REAPER = "liveness.abandoned-rows-every-interval";
    private static final List<String> TRIGGERS =
            List.of(BATCH, "ais.ais-maintenance-daily", REAPER, "market.csv-directory");

    @TempDir
    Path temp;

    private ServiceCluster cluster;

    @BeforeEach
    void cluster() throws Exception {
        Path csv = Files.createDirectories(temp.resolve("csv"));
        cluster = new ServiceCluster(
                IngestionApplication.class,
                "ingestion-cluster-test",
                "alphaflow.ingestion.ais.source=simulator",
                "alphaflow.ingestion.ais.mode=batch",
                "alphaflow.ingestion.ais.batch-interval=PT2S",
                "alphaflow.ingestion.ais.batch-duration=PT1S",
                "alphaflow.ingestion.ais.maintenance-cron=*/2 * * * * ?",
                "alphaflow.ingestion.liveness.heartbeat-interval=PT1S",
                "alphaflow.ingestion.liveness.grace=PT3S",
                "alphaflow.ingestion.liveness.reap-every=PT1S",
                "alphaflow.ingestion.market.schedule-enabled=true",
                "alphaflow.ingestion.market.binance.updates.symbols=",
                "alphaflow.ingestion.market.binance.depth.symbols=",
                "alphaflow.ingestion.market.csv.directory=" + csv,
                "alphaflow.ingestion.market.csv.scan-every=PT1S");
    }

    @AfterEach
    void stopInstances() {
        cluster.close();
    }

    @Test
    void eachTriggerFiresOnceInTheClusterWhateverInstanceRunsIt() {
        ClusterFires fires = cluster.fires();
        cluster.start("first");
        await().atMost(Duration.ofSeconds(60)).until(() -> !fires.fires().isEmpty());
        cluster.start("second");

        await().atMost(Duration.ofSeconds(120)).until(() -> TRIGGERS.stream()
                .allMatch(t -> fires.countsByTrigger().getOrDefault(t, 0L) >= 3));
        cluster.close();

        assertThat(fires.countsByTrigger().keySet()).as(fires.summary()).containsAll(TRIGGERS);
        assertThat(fires.duplicates())
                .as("fire times run twice; all: " + fires.summary())
                .isEmpty();
        assertThat(fires.offTheGrid(REAPER, Duration.ofSeconds(1)))
                .as("reaper fires off its grid (a trigger replaced at start)")
                .isEmpty();
        assertThat(fires.offTheGrid(BATCH, Duration.ofSeconds(2)))
                .as("batch fires off its grid (a trigger replaced at start)")
                .isEmpty();
    }
}
