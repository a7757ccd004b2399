package com.maritimealphaflow.cleanup.jobs;

import com.maritimealphaflow.cleanup.retention.CleanupRequest;
import com.maritimealphaflow.cleanup.retention.CleanupService;
import com.maritimealphaflow.service.schedule.ServiceMethodJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Daily: the retention run, on one instance of the cluster per fire time. */
@DisallowConcurrentExecution
public class CleanupJob extends ServiceMethodJob {

    private static final Logger log = LoggerFactory.getLogger(CleanupJob.class);

    private final CleanupService cleanup;

    public CleanupJob(CleanupService cleanup) {
        this.cleanup = cleanup;
    }

    @Override
    protected void call(JobExecutionContext context) throws Exception {
        log.info("Scheduled cleanup for {}", context.getScheduledFireTime().toInstant());
        // a failure is logged and recorded in cleanup_run already; the next fire time tries again
        cleanup.run(CleanupRequest.scheduled(context.getScheduledFireTime().toInstant()));
    }
}
