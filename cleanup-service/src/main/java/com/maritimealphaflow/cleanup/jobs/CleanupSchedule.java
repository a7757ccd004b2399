package com.maritimealphaflow.cleanup.jobs;

import com.maritimealphaflow.cleanup.CleanupProperties;
import com.maritimealphaflow.service.schedule.StoredSchedules;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Puts the daily cleanup job in the clustered JDBC job store, where each fire time runs on one instance. The cron
 * expression ({@code CLEANUP_CRON}) is read in UTC, like every time in the system; a fire time missed while no
 * instance ran fires once at the next start.
 *
 * <p>A stored trigger is replaced only when the configured cron differs from it ({@link StoredSchedules}): two
 * instances coming up together showed that replacing it on every start can fire one time twice.
 */
@Component
class CleanupSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CleanupSchedule.class);

    static final JobKey CLEANUP = JobKey.jobKey("cleanup", "retention");
    static final TriggerKey CLEANUP_CRON = TriggerKey.triggerKey("cleanup-cron", "retention");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final Scheduler scheduler;
    private final CleanupProperties properties;
    private volatile boolean running;

    CleanupSchedule(Scheduler scheduler, CleanupProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public void start() {
        try {
            schedule();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule the cleanup job: " + e.getMessage(), e);
        }
        running = true;
    }

    private void schedule() throws SchedulerException {
        JobDetail job = JobBuilder.newJob(CleanupJob.class)
                .withIdentity(CLEANUP)
                .withDescription(
                        "Drops ship_position partitions past RETENTION_RAW; deletes static data of silent vessels")
                .storeDurably()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .forJob(job)
                .withIdentity(CLEANUP_CRON)
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.cron())
                        .inTimeZone(UTC)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        StoredSchedules.Outcome outcome = StoredSchedules.keepOrReplace(scheduler, job, trigger);
        if (outcome == StoredSchedules.Outcome.KEPT) {
            return;
        }
        log.info(
                "Cleanup {} at '{}' UTC",
                outcome == StoredSchedules.Outcome.SCHEDULED ? "scheduled" : "rescheduled",
                properties.cron());
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // The Quartz SchedulerFactoryBean starts in the last phase; this runs just before it.
        return Integer.MAX_VALUE - 1;
    }
}
