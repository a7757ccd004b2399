package com.maritimealphaflow.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;

/**
 * What the registrar does with a service's jobs: stores the wanted ones with their schedule and data, removes the
 * absent ones a previous start stored, fires the fire-at-start ones once, and leaves a stored trigger alone when the
 * schedule did not change. An in-memory job store stands in for the clustered one.
 */
class ScheduleRegistrarTest {

    private static final JobKey EVERY = JobKey.jobKey("every", "test");
    private static final JobKey DAILY = JobKey.jobKey("daily", "test");

    Scheduler scheduler;

    @BeforeEach
    void scheduler() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "schedule-registrar-test-" + System.nanoTime());
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
    }

    @AfterEach
    void shutdown() throws Exception {
        scheduler.shutdown();
    }

    @Test
    void storesIntervalAndCronJobsWithTheirDataAndMisfireRules() throws Exception {
        Instant first = Instant.parse("2030-01-01T00:05:00Z");
        ScheduleRegistrar.store(
                scheduler,
                List.of(
                        ScheduledJob.of(EVERY, StoredSchedulesTest.NoOp.class)
                                .data("source", "binance")
                                .every(Duration.ofMinutes(5), first)
                                .build(),
                        ScheduledJob.of(DAILY, StoredSchedulesTest.NoOp.class)
                                .trigger("daily-at-three")
                                .cron("0 0 3 * * ?")
                                .build()));

        SimpleTrigger every = (SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("every", "test"));
        assertThat(every.getRepeatInterval()).isEqualTo(Duration.ofMinutes(5).toMillis());
        assertThat(every.getStartTime().toInstant()).isEqualTo(first);
        assertThat(every.getMisfireInstruction())
                .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
        assertThat(scheduler.getJobDetail(EVERY).getJobDataMap().getString("source"))
                .isEqualTo("binance");
        CronTrigger daily = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("daily-at-three", "test"));
        assertThat(daily.getCronExpression()).isEqualTo("0 0 3 * * ?");
        assertThat(daily.getTimeZone().hasSameRules(TimeZone.getTimeZone("UTC")))
                .isTrue();
        assertThat(daily.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    @Test
    void removesAJobThatIsNoLongerWantedAndKeepsTheOthersUntouched() throws Exception {
        ScheduleRegistrar.store(scheduler, List.of(every(), daily()));
        Trigger before = scheduler.getTrigger(TriggerKey.triggerKey("every", "test"));

        ScheduleRegistrar.store(scheduler, List.of(every(), ScheduledJob.absent(DAILY)));

        assertThat(scheduler.checkExists(DAILY)).isFalse();
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("every", "test")).getStartTime())
                .as("kept, not replaced: its next fire time stays")
                .isEqualTo(before.getStartTime());
        ScheduleRegistrar.store(scheduler, List.of(ScheduledJob.absent(DAILY))); // absent twice is no error
    }

    @Test
    void aFireAtStartJobGetsOneMoreTriggerThatFiresNow() throws Exception {
        ScheduleRegistrar.store(
                scheduler,
                List.of(ScheduledJob.of(DAILY, StoredSchedulesTest.NoOp.class)
                        .cron("0 0 3 * * ?")
                        .fireAtStart()
                        .build()));

        assertThat(scheduler.getTriggersOfJob(DAILY)).hasSize(2);
        assertThat(scheduler.getTriggerKeys(GroupMatcher.anyTriggerGroup())).hasSize(2);
    }

    @Test
    void refusesAJobWithoutScheduleOrWithAnEmptyInterval() {
        assertThatThrownBy(() ->
                        ScheduledJob.of(EVERY, StoredSchedulesTest.NoOp.class).build())
                .hasMessageContaining("no schedule");
        assertThatThrownBy(() ->
                        ScheduledJob.of(EVERY, StoredSchedulesTest.NoOp.class).every(Duration.ZERO))
                .hasMessageContaining("interval must be positive");
        assertThat(ScheduledJob.of(EVERY, StoredSchedulesTest.NoOp.class)
                        .every(Duration.ofSeconds(1))
                        .buildIf(false)
                        .wanted())
                .isFalse();
    }

    private static ScheduledJob every() {
        return ScheduledJob.of(EVERY, StoredSchedulesTest.NoOp.class)
                .every(Duration.ofMinutes(5))
                .build();
    }

    private static ScheduledJob daily() {
        return ScheduledJob.of(DAILY, StoredSchedulesTest.NoOp.class)
                .cron("0 0 3 * * ?")
                .build();
    }
}
