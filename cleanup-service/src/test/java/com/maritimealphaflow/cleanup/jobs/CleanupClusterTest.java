package com.maritimealphaflow.cleanup.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.cleanup.CleanupApplication;
import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.cluster.ClusterFires;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the cleanup service on one database, each with its Quartz scheduler running and a cron that
 * fires every second: each fire time runs once in the cluster, through the scheduled job, and is logged.
 */
class CleanupClusterTest {

    private static final int FIRES = 6;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoInstancesRunEachFireTimeOnceAndLogIt() throws Exception {
        TestDatabase database = TestDatabase.create();
        ClusterFires fires = new ClusterFires();
        for (int i = 0; i < 2; i++) {
            instances.add(start(database, fires.on("instance-" + i)));
        }
        for (ConfigurableApplicationContext instance : instances) {
            Scheduler scheduler = instance.getBean(Scheduler.class);
            assertThat(scheduler.isStarted()).isTrue();
            assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
            assertThat(scheduler.checkExists(CleanupSchedule.CLEANUP)).isTrue();
        }
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

        await().atMost(Duration.ofSeconds(90))
                .until(() ->
                        jdbc.queryForObject("SELECT count(*) FROM cleanup_run WHERE status = 'completed'", Long.class)
                                >= FIRES);
        List<Scheduler> schedulers =
                instances.stream().map(i -> i.getBean(Scheduler.class)).toList();
        // Closing waits for a job in progress, so every execution below has its row.
        instances.forEach(ConfigurableApplicationContext::close);
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
        assertThat(fires.duplicates())
                .as("fire times run twice; all: " + fires.summary())
                .isEmpty();
    }

    private static ConfigurableApplicationContext start(
            TestDatabase database, ApplicationContextInitializer<ConfigurableApplicationContext> recorder) {
        return new SpringApplicationBuilder(CleanupApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(recorder)
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--alphaflow.cleanup.cron=* * * * * ?",
                        // The cluster is the scheduler name. Quartz keeps the job store's data source in a JVM-wide
                        // registry under that name: a name of their own keeps these two instances from replacing
                        // the one of the other tests' context (the two share the later one's pool between them).
                        "--spring.quartz.properties.org.quartz.scheduler.instanceName=cleanup-cluster-test",
                        // Both instances must be in the cluster before the first fire, so that either may take it.
                        "--spring.quartz.startup-delay=0s",
                        "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000");
    }
}
