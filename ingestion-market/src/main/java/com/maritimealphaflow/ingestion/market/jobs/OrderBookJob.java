package com.maritimealphaflow.ingestion.market.jobs;

import com.maritimealphaflow.ingestion.market.binance.OrderBookSnapshots;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Order book snapshots of the configured Binance symbols. */
@DisallowConcurrentExecution
public class OrderBookJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(OrderBookJob.class);

    private final OrderBookSnapshots snapshots;

    public OrderBookJob(OrderBookSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        log.debug("Order book snapshots of {}", snapshots.symbols());
        snapshots.take();
    }
}
