package com.maritimealphaflow.ingestion.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.IngestionApplication;
import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.cluster.ClusterFires;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the ingestion service on one database, the second starting while the first already fires, every
 * job on a schedule of a second or two: the AIS batch, the partition maintenance, the reaper and a market job (the
 * CSV directory scan). Each trigger's fire time runs once in the cluster.
 */
class IngestionClusterTest {

    private static final List<String> TRIGGERS = List.of(
            "ais.ais-batch-every-interval",
            "ais.ais-maintenance-daily",
            "liveness.abandoned-rows-every-interval",
            "market.csv-directory");

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @TempDir
    Path csvDirectory;

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void eachTriggerFiresOnceInTheClusterWhateverInstanceRunsIt() {
        TestDatabase database = TestDatabase.create();
        ClusterFires fires = new ClusterFires();
        instances.add(start(database, fires, "first"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !fires.fires().isEmpty());
        instances.add(start(database, fires, "second"));

        await().atMost(Duration.ofSeconds(120)).until(() -> TRIGGERS.stream()
                .allMatch(t -> fires.countsByTrigger().getOrDefault(t, 0L) >= 3));
        instances.forEach(ConfigurableApplicationContext::close);

        Map<String, Long> counts = fires.countsByTrigger();
        assertThat(counts.keySet()).as(fires.summary()).containsAll(TRIGGERS);
        assertThat(fires.duplicates())
                .as("fire times run twice; all: " + fires.summary())
                .isEmpty();
        assertThat(fires.offTheGrid("liveness.abandoned-rows-every-interval", Duration.ofSeconds(1)))
                .as("reaper fires off its grid (a trigger replaced at start)")
                .isEmpty();
        assertThat(fires.offTheGrid("ais.ais-batch-every-interval", Duration.ofSeconds(2)))
                .as("batch fires off its grid (a trigger replaced at start)")
                .isEmpty();
    }

    private ConfigurableApplicationContext start(TestDatabase database, ClusterFires fires, String name) {
        return new SpringApplicationBuilder(IngestionApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(fires.on(name))
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--alphaflow.ingestion.ais.source=simulator",
                        "--alphaflow.ingestion.ais.mode=batch",
                        "--alphaflow.ingestion.ais.batch-interval=PT2S",
                        "--alphaflow.ingestion.ais.batch-duration=PT1S",
                        "--alphaflow.ingestion.ais.maintenance-cron=*/2 * * * * ?",
                        "--alphaflow.ingestion.liveness.heartbeat-interval=PT1S",
                        "--alphaflow.ingestion.liveness.grace=PT3S",
                        "--alphaflow.ingestion.liveness.reap-every=PT1S",
                        "--alphaflow.ingestion.market.schedule-enabled=true",
                        "--alphaflow.ingestion.market.binance.updates.symbols=",
                        "--alphaflow.ingestion.market.binance.depth.symbols=",
                        "--alphaflow.ingestion.market.csv.directory=" + csvDirectory,
                        "--alphaflow.ingestion.market.csv.scan-every=PT1S",
                        // a scheduler name of their own: Quartz keeps the job store's data source in a JVM-wide
                        // registry under it, shared with the other tests' contexts otherwise
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=ingestion-cluster-test",
                        "--spring.quartz.startup-delay=0s",
                        "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000");
    }
}
