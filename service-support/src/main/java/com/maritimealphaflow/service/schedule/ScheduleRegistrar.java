package com.maritimealphaflow.service.schedule;

import java.util.ArrayList;
import java.util.List;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * The one way a service puts its jobs in the clustered Quartz store: every {@link ServiceSchedule} bean's jobs, just
 * before the scheduler starts (the lifecycle phase below Spring's {@code SchedulerFactoryBean}), so that no trigger
 * stored by an earlier run with other settings fires first. A wanted job goes through {@link
 * StoredSchedules#keepOrReplace}, which leaves a stored trigger with the same schedule as it is: replacing triggers on
 * every start (Spring's {@code overwrite-existing-jobs}, never set here) resets their next fire time, so a second
 * instance starting in the second a trigger fires would fire it again. An absent job is deleted from the store.
 *
 * <p>A service imports this class ({@code @Import(ScheduleRegistrar.class)}) and declares no {@code JobDetail} or
 * {@code Trigger} beans of its own.
 */
public class ScheduleRegistrar implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final Scheduler scheduler;
    private final ObjectProvider<ServiceSchedule> schedules;
    private volatile boolean running;

    public ScheduleRegistrar(Scheduler scheduler, ObjectProvider<ServiceSchedule> schedules) {
        this.scheduler = scheduler;
        this.schedules = schedules;
    }

    @Override
    public void start() {
        try {
            store(
                    scheduler,
                    schedules.orderedStream().flatMap(s -> s.jobs().stream()).toList());
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule the jobs: " + e.getMessage(), e);
        }
        running = true;
    }

    /** Stores or removes each job, then fires those that fire at start. */
    public static void store(Scheduler scheduler, List<ScheduledJob> jobs) throws SchedulerException {
        List<String> stored = new ArrayList<>();
        for (ScheduledJob job : jobs) {
            if (!job.wanted()) {
                if (scheduler.deleteJob(job.key())) {
                    log.info("Removed the stored job {}: not wanted with these settings", job.key());
                }
                continue;
            }
            StoredSchedules.Outcome outcome = StoredSchedules.keepOrReplace(scheduler, job.job(), job.trigger());
            if (outcome != StoredSchedules.Outcome.KEPT) {
                log.info(
                        "Job {} {}",
                        job.key(),
                        outcome == StoredSchedules.Outcome.SCHEDULED ? "scheduled" : "rescheduled");
            }
            stored.add(job.key().toString());
        }
        for (ScheduledJob job : jobs) {
            if (job.wanted() && job.fireAtStart()) {
                scheduler.triggerJob(job.key());
            }
        }
        log.info("Jobs in the store: {}", stored);
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
        // Spring's SchedulerFactoryBean starts in the last phase; this runs just before it.
        return Integer.MAX_VALUE - 1;
    }
}
