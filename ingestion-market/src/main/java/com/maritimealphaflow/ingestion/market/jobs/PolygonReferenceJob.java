package com.maritimealphaflow.ingestion.market.jobs;

import com.maritimealphaflow.ingestion.market.polygon.PolygonReference;
import com.maritimealphaflow.ingestion.market.updates.MarketUpdates;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes Polygon's tickers, dividends and splits of the symbols kept current ({@link PolygonReference#refresh}). */
@DisallowConcurrentExecution
public class PolygonReferenceJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(PolygonReferenceJob.class);

    private final PolygonReference reference;
    private final MarketUpdates updates;

    public PolygonReferenceJob(PolygonReference reference, MarketUpdates updates) {
        this.reference = reference;
        this.updates = updates;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        log.info("Refreshing polygon reference data");
        reference.refresh(updates.symbols(MarketSource.POLYGON));
    }
}
