package com.maritimealphaflow.ingestion.jobs;

import com.maritimealphaflow.ingestion.liveness.AbandonedRows;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code reap-every} (and once at start-up): {@code ingestion_log} rows left running by an instance that died are
 * marked abandoned. Clustered: one instance per firing, and the reaping is idempotent besides.
 */
@DisallowConcurrentExecution
public class ReaperJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(ReaperJob.class);

    private final AbandonedRows abandoned;

    public ReaperJob(AbandonedRows abandoned) {
        this.abandoned = abandoned;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        log.debug("Looking for ingestion_log rows abandoned by a dead instance");
        abandoned.reap();
    }
}
