package com.maritimealphaflow.cleanup.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.cleanup.CleanupApplication;
import com.maritimealphaflow.testsupport.cluster.ServiceCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the cleanup service on one database, each with its Quartz scheduler running and a cron that
 * fires every second: each fire time runs once in the cluster, through the scheduled job, and is logged.
 */
class CleanupClusterTest {

    private static final int FIRES = 6;

    private final ServiceCluster cluster =
            new ServiceCluster(CleanupApplication.class, "cleanup-cluster-test", "alphaflow.cleanup.cron=* * * * * ?");

    @AfterEach
    void stopInstances() {
        cluster.close();
    }

    @Test
    void twoInstancesRunEachFireTimeOnceAndLogIt() throws Exception {
        for (int i = 0; i < 2; i++) {
            cluster.start("instance-" + i);
        }
        for (ConfigurableApplicationContext instance : cluster.instances()) {
            Scheduler scheduler = instance.getBean(Scheduler.class);
            assertThat(scheduler.isStarted()).isTrue();
            assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
            assertThat(scheduler.checkExists(CleanupSchedule.CLEANUP)).isTrue();
        }
        JdbcTemplate jdbc = new JdbcTemplate(cluster.database().dataSource());

        await().atMost(Duration.ofSeconds(90))
                .until(() ->
                        jdbc.queryForObject("SELECT count(*) FROM cleanup_run WHERE status = 'completed'", Long.class)
                                >= FIRES);
        List<Scheduler> schedulers = cluster.instances().stream()
                .map(i -> i.getBean(Scheduler.class))
                .toList();
        // Closing waits for a job in progress, so every execution below has its row.
        cluster.close();
        long executions = 0;
        for (Scheduler scheduler : schedulers) {
            executions += scheduler.getMetaData().getNumberOfJobsExecuted();
        }

        List<Map<String, Object>> runs =
                jdbc.queryForList("SELECT trigger, scheduled_for, status, dry_run FROM cleanup_run ORDER BY id");
        assertThat(runs).hasSizeGreaterThanOrEqualTo(FIRES).allSatisfy(run -> {
            assertThat(run.get("trigger")).isEqualTo("scheduled");
            assertThat(run.get("scheduled_for")).isNotNull();
            assertThat(run.get("status")).isEqualTo("completed");
            assertThat(run.get("dry_run")).isEqualTo(false);
        });
        assertThat(runs.stream().map(run -> run.get("scheduled_for")).distinct())
                .as("one run per fire time")
                .hasSameSizeAs(runs);
        assertThat(executions).as("job executions across both instances").isEqualTo(runs.size());
        assertThat(cluster.fires().duplicates())
                .as("fire times run twice; all: " + cluster.fires().summary())
                .isEmpty();
    }
}
