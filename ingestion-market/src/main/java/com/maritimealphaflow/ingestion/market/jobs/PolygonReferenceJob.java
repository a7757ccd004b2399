package com.maritimealphaflow.ingestion.market.jobs;

import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.ingestion.market.polygon.PolygonReference;
import com.maritimealphaflow.ingestion.market.updates.MarketUpdates;
import com.maritimealphaflow.model.market.MarketSource;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes Polygon's tickers, dividends and splits of the symbols kept current ({@link PolygonReference#refresh}). */
@DisallowConcurrentExecution
public class PolygonReferenceJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(PolygonReferenceJob.class);

    private final PolygonReference reference;
    private final MarketUpdates updates;

    public PolygonReferenceJob(PolygonReference reference, MarketUpdates updates) {
        this.reference = reference;
        this.updates = updates;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        log.info("Refreshing polygon reference data");
        try {
            reference.refresh(updates.symbols(MarketSource.POLYGON));
        } catch (MarketApiException e) {
            throw new JobExecutionException(e.getMessage(), e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
