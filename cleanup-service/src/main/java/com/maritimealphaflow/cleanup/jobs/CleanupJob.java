package com.maritimealphaflow.cleanup.jobs;

import com.maritimealphaflow.cleanup.retention.CleanupRequest;
import com.maritimealphaflow.cleanup.retention.CleanupService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Daily: the retention run, on one instance of the cluster per fire time. */
@DisallowConcurrentExecution
public class CleanupJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(CleanupJob.class);

    private final CleanupService cleanup;

    public CleanupJob(CleanupService cleanup) {
        this.cleanup = cleanup;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        log.info("Scheduled cleanup for {}", context.getScheduledFireTime().toInstant());
        try {
            cleanup.run(CleanupRequest.scheduled(context.getScheduledFireTime().toInstant()));
        } catch (RuntimeException e) {
            // Logged and recorded in cleanup_run already; the next fire time tries again.
            throw new JobExecutionException(e, false);
        }
    }
}
