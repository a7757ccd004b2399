package com.maritimealphaflow.ingestion.ais.jobs;

import com.maritimealphaflow.ingestion.ais.AisMaintenance;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Daily, and once at start-up: partitions for the coming days. */
@DisallowConcurrentExecution
public class AisMaintenanceJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(AisMaintenanceJob.class);

    private final AisMaintenance maintenance;

    public AisMaintenanceJob(AisMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        log.info("AIS maintenance: partitions ahead");
        maintenance.run();
    }
}
