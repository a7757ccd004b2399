package com.maritimealphaflow.aggregation.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.testsupport.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Two instances of the service's scheduler (its Quartz properties from application.yml, each with its own connection
 * pool, as two processes would have) on one database: every firing of every trigger runs on exactly one of them.
 */
class ClusteredSchedulerTest {

    /** Firings seen, by trigger and scheduled time, with the instance that ran each. */
    static final ConcurrentMap<String, List<String>> FIRINGS = new ConcurrentHashMap<>();

    private final List<SchedulerFactoryBean> instances = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();

    /** Records its firing; a job class must be public with a no-argument constructor for Quartz. */
    public static class RecordingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                String firing = context.getTrigger().getKey().getName() + "@"
                        + context.getScheduledFireTime().toInstant();
                FIRINGS.computeIfAbsent(firing, key -> new CopyOnWriteArrayList<>())
                        .add(context.getScheduler().getSchedulerInstanceId());
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @AfterEach
    void shutDown() throws Exception {
        for (SchedulerFactoryBean instance : instances) {
            instance.destroy();
        }
        pools.forEach(HikariDataSource::close);
    }

    @Test
    void twoInstancesOnOneDatabaseFireEachTriggerOnce() throws Exception {
        TestDatabase database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .load()
                .migrate();
        Scheduler first = start(database, "instance-a");
        Scheduler second = start(database, "instance-b");
        int repeats = 9;
        Date startAt = new Date(System.currentTimeMillis() + 1000);
        for (String name : List.of("every-half-second", "every-second")) {
            JobDetail job = JobBuilder.newJob(RecordingJob.class)
                    .withIdentity(name + "-job", "cluster-test")
                    .build();
            Trigger trigger = TriggerBuilder.newTrigger()
                    .withIdentity(name, "cluster-test")
                    .startAt(startAt)
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(name.equals("every-second") ? 1000 : 500)
                            .withRepeatCount(repeats)
                            .withMisfireHandlingInstructionFireNow())
                    .build();
            first.scheduleJob(job, Set.of(trigger), true);
        }

        int expected = 2 * (repeats + 1);
        await().atMost(Duration.ofSeconds(90)).until(() -> FIRINGS.size() >= expected);
        // a second firing of the same time would come straight after the first: give it the chance, then look
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);

        assertThat(FIRINGS).hasSize(expected);
        for (Map.Entry<String, List<String>> firing : FIRINGS.entrySet()) {
            assertThat(firing.getValue())
                    .as("instances that ran %s", firing.getKey())
                    .hasSize(1);
        }
        assertThat(second.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(first.getSchedulerName()).isEqualTo(second.getSchedulerName());
    }

    private Scheduler start(TestDatabase database, String instanceId) throws Exception {
        Properties quartz = serviceQuartzProperties();
        quartz.setProperty("org.quartz.scheduler.instanceId", instanceId);
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(database.jdbcUrl());
        pool.setUsername(database.username());
        pool.setPassword(database.password());
        pool.setMaximumPoolSize(4);
        pools.add(pool);
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setQuartzProperties(quartz);
        factory.setDataSource(pool);
        factory.setTransactionManager(new DataSourceTransactionManager(pool));
        factory.setAutoStartup(false);
        factory.afterPropertiesSet();
        instances.add(factory);
        factory.start();
        return factory.getObject();
    }

    /**
     * The service's {@code spring.quartz.properties}, in a cluster of the test's own name: the scheduler name also
     * keys Quartz's JVM-wide registry of connection providers, which this JVM's Spring test contexts use.
     */
    private static Properties serviceQuartzProperties() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties all = yaml.getObject();
        Properties quartz = new Properties();
        String prefix = "spring.quartz.properties.";
        // YAML values keep their types (true, 10000): Properties#stringPropertyNames would skip them
        all.forEach((name, value) -> {
            if (name.toString().startsWith(prefix)) {
                quartz.setProperty(name.toString().substring(prefix.length()), String.valueOf(value));
            }
        });
        assertThat(quartz.getProperty("org.quartz.jobStore.isClustered")).isEqualTo("true");
        quartz.setProperty("org.quartz.scheduler.instanceName", "aggregation-service-cluster-test");
        return quartz;
    }
}
