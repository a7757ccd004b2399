package com.maritimealphaflow.ingestion.ais.jobs;

import com.maritimealphaflow.ingestion.ais.AisMaintenance;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Daily, and once at start-up: partitions for the coming days. */
@DisallowConcurrentExecution
public class AisMaintenanceJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(AisMaintenanceJob.class);

    private final AisMaintenance maintenance;

    public AisMaintenanceJob(AisMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        log.info("AIS maintenance: partitions ahead");
        try {
            maintenance.run();
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }
}
