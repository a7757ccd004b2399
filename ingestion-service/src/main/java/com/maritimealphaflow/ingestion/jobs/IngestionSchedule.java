package com.maritimealphaflow.ingestion.jobs;

import com.maritimealphaflow.ingestion.IngestionProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.service.schedule.StoredSchedules;
import java.time.Clock;
import java.util.Date;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ingestion service's Quartz jobs. They live in the clustered JDBC job store, so with several instances each
 * trigger fires on one of them.
 */
@Configuration(proxyBeanMethods = false)
class IngestionSchedule {

    private static final Logger log = LoggerFactory.getLogger(IngestionSchedule.class);

    static final JobKey AIS_BATCH = JobKey.jobKey("ais-batch", "ais");
    static final JobKey AIS_MAINTENANCE = JobKey.jobKey("ais-maintenance", "ais");
    static final JobKey REAPER = JobKey.jobKey("abandoned-rows", "liveness");

    @Bean
    JobDetail aisMaintenanceJob() {
        return JobBuilder.newJob(AisMaintenanceJob.class)
                .withIdentity(AIS_MAINTENANCE)
                .withDescription("Creates ship_position partitions ahead")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger aisMaintenanceTrigger(JobDetail aisMaintenanceJob) {
        return TriggerBuilder.newTrigger()
                .forJob(aisMaintenanceJob)
                .withIdentity("ais-maintenance-daily", "ais")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(0, 5)
                        .inTimeZone(java.util.TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    AisBatchScheduling aisBatchScheduling(
            Scheduler scheduler, IngestionProperties properties, AisSource source, Clock clock) {
        return new AisBatchScheduling(scheduler, properties, source, clock);
    }

    /**
     * Registers or removes the batch job to match {@code AIS_MODE}, just before the scheduler starts (the phase below
     * it), so that no trigger stored by an earlier run with other settings fires first. The job store keeps triggers
     * across restarts: a switch to continuous mode must take the old batch trigger out, not merely stop defining it.
     */
    static final class AisBatchScheduling implements SmartLifecycle {

        private final Scheduler scheduler;
        private final IngestionProperties.Ais settings;
        private final IngestionProperties.Liveness liveness;
        private final AisSource source;
        private final Clock clock;
        private volatile boolean running;

        AisBatchScheduling(Scheduler scheduler, IngestionProperties properties, AisSource source, Clock clock) {
            this.scheduler = scheduler;
            this.settings = properties.ais();
            this.liveness = properties.liveness();
            this.source = source;
            this.clock = clock;
        }

        @Override
        public void start() {
            try {
                schedule();
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not schedule the AIS jobs: " + e.getMessage(), e);
            }
            running = true;
        }

        private void schedule() throws SchedulerException {
            scheduler.triggerJob(AIS_MAINTENANCE);
            scheduleReaper();
            if (ContinuousIngestion.drives(settings, source)) {
                if (scheduler.deleteJob(AIS_BATCH)) {
                    log.info("Removed the scheduled AIS batch job: ingestion runs continuously");
                }
                return;
            }
            JobDetail job = JobBuilder.newJob(AisBatchJob.class)
                    .withIdentity(AIS_BATCH)
                    .withDescription("Streams AIS for the batch duration every batch interval")
                    .storeDurably()
                    .build();
            Trigger trigger = TriggerBuilder.newTrigger()
                    .forJob(job)
                    .withIdentity("ais-batch-every-interval", "ais")
                    .startAt(Date.from(IntervalAlignment.nextBoundary(clock.instant(), settings.batchInterval())))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(settings.batchInterval().toMillis())
                            .repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            // a restart keeps the stored trigger (and its next fire time) unless the interval changed
            StoredSchedules.keepOrReplace(scheduler, job, trigger);
            log.info(
                    "AIS batches from {} every {} for {}, next at {}",
                    source.kind().key(),
                    settings.batchInterval(),
                    settings.batchDuration(),
                    scheduler.getTrigger(trigger.getKey()).getNextFireTime().toInstant());
        }

        /** Fires at start-up (unless another instance stored the same schedule), then every {@code reap-every}. */
        private void scheduleReaper() throws SchedulerException {
            JobDetail job = JobBuilder.newJob(ReaperJob.class)
                    .withIdentity(REAPER)
                    .withDescription("Marks ingestion_log rows of dead instances abandoned")
                    .storeDurably()
                    .build();
            Trigger trigger = TriggerBuilder.newTrigger()
                    .forJob(job)
                    .withIdentity("abandoned-rows-every-interval", "liveness")
                    .startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                            .withIntervalInMilliseconds(liveness.reapEvery().toMillis())
                            .repeatForever()
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build();
            StoredSchedules.keepOrReplace(scheduler, job, trigger);
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
}
