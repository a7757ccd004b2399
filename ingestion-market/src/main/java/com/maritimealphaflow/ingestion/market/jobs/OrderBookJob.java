package com.maritimealphaflow.ingestion.market.jobs;

import com.maritimealphaflow.ingestion.market.binance.OrderBookSnapshots;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Order book snapshots of the configured Binance symbols. */
@DisallowConcurrentExecution
public class OrderBookJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(OrderBookJob.class);

    private final OrderBookSnapshots snapshots;

    public OrderBookJob(OrderBookSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void execute(JobExecutionContext context) {
        log.debug("Order book snapshots of {}", snapshots.symbols());
        try {
            snapshots.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
