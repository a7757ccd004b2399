package com.maritimealphaflow.aggregation.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.aggregation.AggregationApplication;
import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.cluster.ClusterFires;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the aggregation service on one database, the second starting while the first already polls every
 * second: each fire time of the poll runs once in the cluster.
 */
class AggregationClusterTest {

    private static final String POLL = "aggregation.pending-ais-batches-poll";

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void eachPollFiresOnceInTheCluster() {
        TestDatabase database = TestDatabase.create();
        ClusterFires fires = new ClusterFires();
        instances.add(start(database, fires, "first"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !fires.fires().isEmpty());
        instances.add(start(database, fires, "second"));

        await().atMost(Duration.ofSeconds(60))
                .until(() -> fires.countsByTrigger().getOrDefault(POLL, 0L) >= 6);
        instances.forEach(ConfigurableApplicationContext::close);

        assertThat(fires.countsByTrigger()).as(fires.summary()).containsOnlyKeys(POLL);
        assertThat(fires.duplicates())
                .as("fire times run twice; all: " + fires.summary())
                .isEmpty();
        assertThat(fires.offTheGrid(POLL, Duration.ofSeconds(1)))
                .as("fires off the poll's one-second grid (a trigger replaced at start)")
                .isEmpty();
    }

    private static ConfigurableApplicationContext start(TestDatabase database, ClusterFires fires, String name) {
        return new SpringApplicationBuilder(AggregationApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(fires.on(name))
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--alphaflow.aggregation.poll.interval=PT1S",
                        // a scheduler name of their own: Quartz keeps the job store's data source in a JVM-wide
                        // registry under it, shared with the other tests' contexts otherwise
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=aggregation-cluster-test",
                        "--spring.quartz.startup-delay=0s",
                        "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000");
    }
}
