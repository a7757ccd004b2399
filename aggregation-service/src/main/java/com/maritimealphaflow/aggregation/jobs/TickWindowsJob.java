package com.maritimealphaflow.aggregation.jobs;

import com.maritimealphaflow.aggregation.ticks.TickTrendAggregation;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The safety net beside the tick listener: fires and applies tick windows whose notification was missed. */
@DisallowConcurrentExecution
public class TickWindowsJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(TickWindowsJob.class);

    private final TickTrendAggregation aggregation;

    public TickWindowsJob(TickTrendAggregation aggregation) {
        this.aggregation = aggregation;
    }

    @Override
    protected void call(JobExecutionContext context) {
        TickTrendAggregation.Run run = aggregation.applyFired();
        if (run.partials() > 0) {
            log.info("Applied {} tick windows whose notification was missed", run.partials());
        }
    }
}
