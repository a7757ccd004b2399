package com.maritimealphaflow.ingestion.ais.jobs;

import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.service.schedule.ScheduledJob;
import com.maritimealphaflow.service.schedule.ServiceSchedule;
import java.time.Clock;
import java.util.List;
import org.quartz.JobKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The AIS jobs in the clustered job store: partitions of {@code ship_position} created ahead on a cron (and once at
 * every start), and the batch job every batch interval on interval boundaries, unless ingestion runs continuously
 * ({@link ContinuousIngestion#drives}), in which case a batch trigger stored by an earlier run is removed.
 */
@Component
class AisSchedule implements ServiceSchedule {

    private static final Logger log = LoggerFactory.getLogger(AisSchedule.class);

    static final JobKey AIS_BATCH = JobKey.jobKey("ais-batch", "ais");
    static final JobKey AIS_MAINTENANCE = JobKey.jobKey("ais-maintenance", "ais");

    private final AisProperties settings;
    private final AisSource source;
    private final Clock clock;

    AisSchedule(AisProperties settings, AisSource source, Clock clock) {
        this.settings = settings;
        this.source = source;
        this.clock = clock;
    }

    @Override
    public List<ScheduledJob> jobs() {
        boolean batches = !ContinuousIngestion.drives(settings, source);
        if (batches) {
            log.info(
                    "AIS batches from {} every {} for {}",
                    source.kind().key(),
                    settings.batchInterval(),
                    settings.batchDuration());
        }
        return List.of(
                ScheduledJob.of(AIS_MAINTENANCE, AisMaintenanceJob.class)
                        .description("Creates ship_position partitions ahead")
                        .trigger("ais-maintenance-daily")
                        .cron(settings.maintenanceCron())
                        .fireAtStart()
                        .build(),
                ScheduledJob.of(AIS_BATCH, AisBatchJob.class)
                        .description("Streams AIS for the batch duration every batch interval")
                        .trigger("ais-batch-every-interval")
                        // a restart keeps the stored trigger (and its next fire time) unless the interval changed
                        .every(
                                settings.batchInterval(),
                                IntervalAlignment.nextBoundary(clock.instant(), settings.batchInterval()))
                        .buildIf(batches));
    }
}
