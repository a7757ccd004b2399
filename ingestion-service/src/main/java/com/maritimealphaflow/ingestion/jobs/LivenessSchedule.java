package com.maritimealphaflow.ingestion.jobs;

import com.maritimealphaflow.service.liveness.LivenessProperties;
import com.maritimealphaflow.service.schedule.ScheduledJob;
import com.maritimealphaflow.service.schedule.ServiceSchedule;
import java.util.List;
import org.quartz.JobKey;
import org.springframework.stereotype.Component;

/**
 * The reaper of rows left {@code running} by dead instances, shared by the AIS and market halves of the service: at
 * start (unless another instance stored the same schedule), then every {@code reap-every}.
 */
@Component
class LivenessSchedule implements ServiceSchedule {

    static final JobKey REAPER = JobKey.jobKey("abandoned-rows", "liveness");

    private final LivenessProperties settings;

    LivenessSchedule(LivenessProperties settings) {
        this.settings = settings;
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(ScheduledJob.of(REAPER, ReaperJob.class)
                .description("Marks ingestion_log rows of dead instances abandoned")
                .trigger("abandoned-rows-every-interval")
                .every(settings.reapEvery())
                .build());
    }
}
