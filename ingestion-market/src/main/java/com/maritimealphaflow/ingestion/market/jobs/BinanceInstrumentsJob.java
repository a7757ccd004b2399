package com.maritimealphaflow.ingestion.market.jobs;

import com.maritimealphaflow.ingestion.market.binance.BinanceInstruments;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes Binance's symbol list ({@link BinanceInstruments#refresh}). */
@DisallowConcurrentExecution
public class BinanceInstrumentsJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(BinanceInstrumentsJob.class);

    private final BinanceInstruments instruments;

    public BinanceInstrumentsJob(BinanceInstruments instruments) {
        this.instruments = instruments;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        log.info("Refreshing binance reference data");
        instruments.refresh();
    }
}
