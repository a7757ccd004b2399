package com.maritimealphaflow.ingestion.market.jobs;

import com.maritimealphaflow.ingestion.market.csv.CsvDirectoryImport;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import java.io.IOException;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Imports the CSV files waiting in {@code MARKET_CSV_DIR}. */
@DisallowConcurrentExecution
public class CsvDirectoryJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(CsvDirectoryJob.class);

    private final CsvDirectoryImport directory;

    public CsvDirectoryJob(CsvDirectoryImport directory) {
        this.directory = directory;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        log.debug("Scanning {} for CSV files", directory.directory().orElse(null));
        try {
            directory.scan();
        } catch (IOException e) {
            throw new JobExecutionException("CSV directory scan failed: " + e.getMessage(), e, false);
        }
    }
}
