package com.maritimealphaflow.ingestion.market.jobs;

import com.maritimealphaflow.ingestion.market.updates.MarketUpdates;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings the configured symbols of one source (the job's {@code source} data) up to date. */
@DisallowConcurrentExecution
public class MarketUpdateJob extends ServiceMethodJob {

    static final String SOURCE = "source";
    private static final Logger log = LoggerFactory.getLogger(MarketUpdateJob.class);

    private final MarketUpdates updates;

    public MarketUpdateJob(MarketUpdates updates) {
        this.updates = updates;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        MarketSource source = MarketSource.parse(context.getMergedJobDataMap().getString(SOURCE))
                .orElseThrow();
        log.info("Market update of {} {}", source.key(), updates.symbols(source));
        updates.update(source);
    }
}
