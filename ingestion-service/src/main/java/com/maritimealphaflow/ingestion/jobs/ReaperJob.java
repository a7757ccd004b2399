package com.maritimealphaflow.ingestion.jobs;

import com.maritimealphaflow.ingestion.liveness.AbandonedRows;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code reap-every} (and once at start-up): {@code ingestion_log} rows left running by an instance that died are
 * marked abandoned. Clustered: one instance per firing, and the reaping is idempotent besides.
 */
@DisallowConcurrentExecution
public class ReaperJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ReaperJob.class);

    private final AbandonedRows abandoned;

    public ReaperJob(AbandonedRows abandoned) {
        this.abandoned = abandoned;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        log.debug("Looking for ingestion_log rows abandoned by a dead instance");
        try {
            abandoned.reap();
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }
}
