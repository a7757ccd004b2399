package com.maritimealphaflow.aggregation.jobs;

import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safety net beside the listener: aggregates batches whose notification was missed (the service was down, the
 * listener was reconnecting) and works off a backlog, oldest first, a bounded number per run.
 */
@DisallowConcurrentExecution
public class PendingBatchesJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(PendingBatchesJob.class);

    private final ShipCountAggregation aggregation;

    public PendingBatchesJob(ShipCountAggregation aggregation) {
        this.aggregation = aggregation;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        log.debug("Looking for AIS batches not aggregated yet");
        try {
            ShipCountAggregation.PendingRun run = aggregation.aggregatePending(ShipCountAggregation.Trigger.POLL);
            if (run.aggregated() > 0) {
                log.info("Aggregated {} pending AIS batches", run.aggregated());
            }
        } catch (RuntimeException e) {
            // the database is unreachable, most likely: the next run tries again
            throw new JobExecutionException(e, false);
        }
    }
}
