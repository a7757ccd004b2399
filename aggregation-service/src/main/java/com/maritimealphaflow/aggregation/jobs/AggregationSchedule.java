package com.maritimealphaflow.aggregation.jobs;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.service.schedule.ScheduledJob;
import com.maritimealphaflow.service.schedule.ServiceSchedule;
import java.util.List;
import org.quartz.JobKey;
import org.springframework.stereotype.Component;

/**
 * The aggregation service's job in the clustered job store: the poll for AIS batches whose notification was missed,
 * every {@code alphaflow.aggregation.poll.interval}.
 */
@Component
class AggregationSchedule implements ServiceSchedule {

    static final JobKey PENDING_BATCHES = JobKey.jobKey("pending-ais-batches", "aggregation");

    private final AggregationProperties properties;

    AggregationSchedule(AggregationProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(ScheduledJob.of(PENDING_BATCHES, PendingBatchesJob.class)
                .description("Aggregates AIS batches whose notification was missed, oldest first")
                .trigger("pending-ais-batches-poll")
                .every(properties.poll().interval())
                .build());
    }
}
