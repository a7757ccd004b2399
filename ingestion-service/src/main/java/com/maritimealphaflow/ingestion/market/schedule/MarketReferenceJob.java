package com.maritimealphaflow.ingestion.market.schedule;

import com.maritimealphaflow.ingestion.market.MarketSource;
import com.maritimealphaflow.ingestion.market.binance.BinanceInstruments;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.ingestion.market.polygon.PolygonReference;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily: Binance's symbol list ({@code source=binance}) or Polygon's tickers, dividends and splits of the update
 * symbols ({@code source=polygon}).
 */
@DisallowConcurrentExecution
public class MarketReferenceJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(MarketReferenceJob.class);

    private final BinanceInstruments binance;
    private final PolygonReference polygon;
    private final MarketUpdates updates;

    public MarketReferenceJob(BinanceInstruments binance, PolygonReference polygon, MarketUpdates updates) {
        this.binance = binance;
        this.polygon = polygon;
        this.updates = updates;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        String source = context.getMergedJobDataMap().getString(MarketUpdateJob.SOURCE);
        log.info("Refreshing {} reference data", source);
        try {
            if (MarketSource.BINANCE.key().equals(source)) {
                binance.refresh();
            } else {
                polygon.refresh(updates.symbols(MarketSource.POLYGON));
            }
        } catch (MarketApiException e) {
            throw new JobExecutionException(e.getMessage(), e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
