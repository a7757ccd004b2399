package com.maritimealphaflow.ingestion.market.jobs;

import com.maritimealphaflow.ingestion.market.binance.BinanceInstruments;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes Binance's symbol list ({@link BinanceInstruments#refresh}). */
@DisallowConcurrentExecution
public class BinanceInstrumentsJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(BinanceInstrumentsJob.class);

    private final BinanceInstruments instruments;

    public BinanceInstrumentsJob(BinanceInstruments instruments) {
        this.instruments = instruments;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        log.info("Refreshing binance reference data");
        try {
            instruments.refresh();
        } catch (MarketApiException e) {
            throw new JobExecutionException(e.getMessage(), e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
