package com.maritimealphaflow.aggregation.jobs;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.service.schedule.ScheduledJob;
import com.maritimealphaflow.service.schedule.ServiceSchedule;
import java.util.List;
import org.quartz.JobKey;
import org.springframework.stereotype.Component;

/**
 * The aggregation service's jobs in the clustered job store, every {@code alphaflow.aggregation.poll.interval}: the
 * poll for AIS batches whose notification was missed, the recomputation of regions drawn or edited, and the polls
 * for tick windows and market rollups.
 */
@Component
class AggregationSchedule implements ServiceSchedule {

    static final JobKey PENDING_BATCHES = JobKey.jobKey("pending-ais-batches", "aggregation");
    static final JobKey EDITED_REGIONS = JobKey.jobKey("edited-regions", "aggregation");
    static final JobKey MARKET_ROLLUPS = JobKey.jobKey("market-rollups", "aggregation");
    static final JobKey TICK_WINDOWS = JobKey.jobKey("tick-windows", "aggregation");

    private final AggregationProperties properties;

    AggregationSchedule(AggregationProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<ScheduledJob> jobs() {
        return List.of(
                ScheduledJob.of(PENDING_BATCHES, PendingBatchesJob.class)
                        .description("Aggregates AIS batches whose notification was missed, oldest first")
                        .trigger("pending-ais-batches-poll")
                        .every(properties.poll().interval())
                        .build(),
                ScheduledJob.of(EDITED_REGIONS, EditedRegionsJob.class)
                        .description("Recomputes the events and series of regions drawn or edited since")
                        .trigger("edited-regions-poll")
                        .every(properties.poll().interval())
                        .build(),
                ScheduledJob.of(TICK_WINDOWS, TickWindowsJob.class)
                        .description("Fires and applies tick windows whose notification was missed")
                        .trigger("tick-windows-poll")
                        .every(properties.poll().interval())
                        .build(),
                ScheduledJob.of(MARKET_ROLLUPS, MarketRollupsJob.class)
                        .description("Recomputes market bar rollups whose notification was missed")
                        .trigger("market-rollups-poll")
                        .every(properties.poll().interval())
                        .build());
    }
}
