package com.maritimealphaflow.service.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * A stored trigger survives a restart with the same schedule (its next fire time untouched) and is replaced when the
 * schedule or the job changed. An in-memory job store stands in for the clustered one: the decision is the same.
 */
class StoredSchedulesTest {

    Scheduler scheduler;

    public static class NoOp implements Job {
        @Override
        public void execute(JobExecutionContext context) {}
    }

    public static class OtherNoOp extends NoOp {}

    @BeforeEach
    void scheduler() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "stored-schedules-test-" + System.nanoTime());
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.threadPool.threadCount", "1");
        scheduler = new StdSchedulerFactory(properties).getScheduler();
    }

    @AfterEach
    void shutdown() throws Exception {
        scheduler.shutdown();
    }

    JobDetail job(Class<? extends Job> type, String source) {
        return JobBuilder.newJob(type)
                .withIdentity("job", "test")
                .usingJobData("source", source)
                .storeDurably()
                .build();
    }

    Trigger cron(String expression) {
        return cron(expression, Instant.now());
    }

    Trigger cron(String expression, Instant start) {
        return TriggerBuilder.newTrigger()
                .forJob("job", "test")
                .withIdentity("trigger", "test")
                .startAt(Date.from(start))
                .withSchedule(CronScheduleBuilder.cronSchedule(expression)
                        .inTimeZone(TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    Trigger every(long millis, Instant start) {
        return TriggerBuilder.newTrigger()
                .forJob("job", "test")
                .withIdentity("trigger", "test")
                .startAt(Date.from(start))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(millis)
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    @Test
    void aRestartWithTheSameCronKeepsTheStoredTriggerAndAChangedCronReplacesIt() throws Exception {
        assertThat(StoredSchedules.keepOrReplace(scheduler, job(NoOp.class, "a"), cron("0 30 3 * * ?")))
                .isEqualTo(StoredSchedules.Outcome.SCHEDULED);
        Trigger stored = scheduler.getTrigger(cron("0 30 3 * * ?").getKey());
        // a restart builds its trigger later: a replacement would carry the later start time
        Instant restartedAt = stored.getStartTime().toInstant().plusSeconds(60);

        assertThat(StoredSchedules.keepOrReplace(scheduler, job(NoOp.class, "a"), cron("0 30 3 * * ?", restartedAt)))
                .isEqualTo(StoredSchedules.Outcome.KEPT);
        assertThat(scheduler.getTrigger(stored.getKey()).getStartTime()).isEqualTo(stored.getStartTime());

        assertThat(StoredSchedules.keepOrReplace(scheduler, job(NoOp.class, "a"), cron("0 0 4 * * ?")))
                .isEqualTo(StoredSchedules.Outcome.REPLACED);
        assertThat(((org.quartz.CronTrigger) scheduler.getTrigger(stored.getKey())).getCronExpression())
                .isEqualTo("0 0 4 * * ?");
    }

    @Test
    void aRepeatingTriggerIsKeptWhateverItsFirstFireTimeWasButNotWhenItsIntervalChanged() throws Exception {
        Instant start = Instant.now().plusSeconds(60);
        StoredSchedules.keepOrReplace(scheduler, job(NoOp.class, "a"), every(300_000, start));
        Date next = scheduler.getTrigger(every(300_000, start).getKey()).getNextFireTime();

        assertThat(StoredSchedules.keepOrReplace(scheduler, job(NoOp.class, "a"), every(300_000, start.plusSeconds(7))))
                .isEqualTo(StoredSchedules.Outcome.KEPT);
        assertThat(scheduler.getTrigger(every(300_000, start).getKey()).getNextFireTime())
                .isEqualTo(next);

        assertThat(StoredSchedules.keepOrReplace(scheduler, job(NoOp.class, "a"), every(60_000, start)))
                .isEqualTo(StoredSchedules.Outcome.REPLACED);
    }

    @Test
    void aChangedJobClassOrJobDataReplacesTheJob() throws Exception {
        StoredSchedules.keepOrReplace(scheduler, job(NoOp.class, "a"), cron("0 30 3 * * ?"));

        assertThat(StoredSchedules.keepOrReplace(scheduler, job(NoOp.class, "b"), cron("0 30 3 * * ?")))
                .isEqualTo(StoredSchedules.Outcome.REPLACED);
        assertThat(scheduler
                        .getJobDetail(job(NoOp.class, "b").getKey())
                        .getJobDataMap()
                        .getString("source"))
                .isEqualTo("b");
        assertThat(StoredSchedules.keepOrReplace(scheduler, job(OtherNoOp.class, "b"), cron("0 30 3 * * ?")))
                .isEqualTo(StoredSchedules.Outcome.REPLACED);
    }
}
