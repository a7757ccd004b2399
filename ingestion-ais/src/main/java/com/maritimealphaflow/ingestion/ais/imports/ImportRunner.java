package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.service.jobs.JobPoller;
import com.maritimealphaflow.service.jobs.JobWorkers;
import com.maritimealphaflow.service.liveness.ServiceInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the stored imports: every poll interval it proves the jobs it runs alive (their lease) and claims queued ones,
 * and jobs whose instance died, up to its concurrency. Stopping the service interrupts the running jobs, which give
 * themselves back as queued at the file and row they reached: the next start resumes them. A request wakes the poller
 * at once rather than at the next interval.
 */
@Component
class ImportRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final ImportExecution execution;
    private final AisImportProperties settings;
    private final ServiceInstance instance;
    private final JobPoller poller = new JobPoller();
    private JobWorkers workers;

    ImportRunner(ImportJobs jobs, ImportExecution execution, AisImportProperties settings, ServiceInstance instance) {
        this.jobs = jobs;
        this.execution = execution;
        this.settings = settings;
        this.instance = instance;
    }

    @Override
    public synchronized void start() {
        workers = new JobWorkers("ais-import", settings.concurrency());
        poller.start("ais-import-poller", settings.pollInterval(), this::poll);
    }

    /** Looks for work now, e.g. right after an import was requested. */
    void wake() {
        poller.wake(this::poll);
    }

    private void poll() {
        try {
            jobs.heartbeat(workers.running(), instance.id());
            workers.claimAndRun(
                    () -> jobs.claim(instance.id(), settings.lease()), id -> execution.run(id, instance.id()));
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next poll tries again
            log.warn("AIS import poll failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (!poller.stop()) {
            return;
        }
        workers.interrupt();
        if (!workers.awaitStopped(60)) {
            log.warn("An AIS import did not stop within 60 s; its lease lets another start resume it");
        }
    }

    @Override
    public boolean isRunning() {
        return poller.isRunning();
    }
}
