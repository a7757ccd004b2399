package com.maritimealphaflow.aggregation.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.aggregation.AggregationApplication;
import com.maritimealphaflow.testsupport.cluster.ClusterFires;
import com.maritimealphaflow.testsupport.cluster.ServiceCluster;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the aggregation service on one database, the second starting while the first already polls every
 * second: each fire time of the polls (batches, edited regions) runs once in the cluster, on the poll's grid.
 */
class AggregationClusterTest {

    private static final String POLL = "aggregation.pending-ais-batches-poll";
    private static final String REGIONS = "aggregation.edited-regions-poll";
    private static final String TICKS = "aggregation.tick-windows-poll";
    private static final String ROLLUPS = "aggregation.market-rollups-poll";

    private final ServiceCluster cluster = new ServiceCluster(
            AggregationApplication.class, "aggregation-cluster-test", "alphaflow.aggregation.poll.interval=PT1S");

    @AfterEach
    void stopInstances() {
        cluster.close();
    }

    @Test
    void eachPollFiresOnceInTheCluster() {
        ClusterFires fires = cluster.fires();
        cluster.start("first");
        await().atMost(Duration.ofSeconds(60)).until(() -> !fires.fires().isEmpty());
        cluster.start("second");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> fires.countsByTrigger().getOrDefault(POLL, 0L) >= 6);
        cluster.close();

        assertThat(fires.countsByTrigger()).as(fires.summary()).containsOnlyKeys(POLL, REGIONS, TICKS, ROLLUPS);
        assertThat(fires.duplicates())
                .as("fire times run twice; all: " + fires.summary())
                .isEmpty();
        for (String trigger : new String[] {POLL, REGIONS, TICKS, ROLLUPS}) {
            assertThat(fires.offTheGrid(trigger, Duration.ofSeconds(1)))
                    .as("fires of " + trigger + " off the poll's one-second grid (a trigger replaced at start)")
                    .isEmpty();
        }
    }
}
