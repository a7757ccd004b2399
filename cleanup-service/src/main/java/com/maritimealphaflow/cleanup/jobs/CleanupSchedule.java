package com.maritimealphaflow.cleanup.jobs;

import com.maritimealphaflow.cleanup.CleanupProperties;
import com.maritimealphaflow.service.schedule.ScheduledJob;
import com.maritimealphaflow.service.schedule.ServiceSchedule;
import java.util.List;
import org.quartz.JobKey;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;

/**
 * The daily cleanup job in the clustered job store, where each fire time runs on one instance. The cron expression
 * ({@code CLEANUP_CRON}) is read in UTC, like every time in the system; a fire time missed while no instance ran fires
 * once at the next start. Two instances coming up together showed that replacing the trigger on every start can fire
 * one time twice, hence the stored-schedule registrar.
 */
@Component
class CleanupSchedule implements ServiceSchedule {

    static final JobKey CLEANUP = JobKey.jobKey("cleanup", "retention");
    static final TriggerKey CLEANUP_CRON = TriggerKey.triggerKey("cleanup-cron", "retention");

    private final CleanupProperties properties;

    CleanupSchedule(CleanupProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(ScheduledJob.of(CLEANUP, CleanupJob.class)
                .description("Drops ship_position partitions past RETENTION_RAW; deletes static data of silent vessels")
                .trigger(CLEANUP_CRON.getName())
                .cron(properties.cron())
                .build());
    }
}
