package com.maritimealphaflow.aggregation.jobs;

import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net beside the listener: aggregates batches whose notification was missed (the service was down, the
 * listener was reconnecting) and works off a backlog, oldest first, a bounded number per run.
 */
@DisallowConcurrentExecution
public class PendingBatchesJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(PendingBatchesJob.class);

    private final ShipCountAggregation aggregation;

    public PendingBatchesJob(ShipCountAggregation aggregation) {
        this.aggregation = aggregation;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        log.debug("Looking for AIS batches not aggregated yet");
        // a failure is the database unreachable, most likely: the next run tries again
        ShipCountAggregation.PendingRun run = aggregation.aggregatePending(ShipCountAggregation.Trigger.POLL);
        if (run.aggregated() > 0) {
            log.info("Aggregated {} pending AIS batches", run.aggregated());
        }
    }
}
