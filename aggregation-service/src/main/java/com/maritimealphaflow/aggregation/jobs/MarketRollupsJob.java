package com.maritimealphaflow.aggregation.jobs;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.aggregation.marketrollups.MarketRollups;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The safety net beside the market bars listener: recomputes rollups whose notification was missed. */
@DisallowConcurrentExecution
public class MarketRollupsJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(MarketRollupsJob.class);

    private final MarketRollups rollups;
    private final int seriesPerRun;

    public MarketRollupsJob(MarketRollups rollups, AggregationProperties properties) {
        this.rollups = rollups;
        this.seriesPerRun = properties.rollups().seriesPerRun();
    }

    @Override
    protected void call(JobExecutionContext context) {
        MarketRollups.Run run = rollups.applyPending(seriesPerRun);
        if (run.series() > 0) {
            log.info("Rolled up {} series whose notification was missed ({} bars)", run.series(), run.bars());
        }
    }
}
