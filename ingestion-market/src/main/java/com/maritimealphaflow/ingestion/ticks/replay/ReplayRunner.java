package com.maritimealphaflow.ingestion.ticks.replay;

import com.maritimealphaflow.ingestion.ticks.TicksProperties;
import com.maritimealphaflow.service.jobs.JobPoller;
import com.maritimealphaflow.service.jobs.JobWorkers;
import com.maritimealphaflow.service.liveness.ServiceInstance;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the stored replays the way the AIS imports' runner does: every poll interval it proves its jobs alive and
 * claims queued ones, and those whose instance died, up to its concurrency. Stopping the service interrupts the
 * running replays, which give themselves back as queued; the next start resumes them at their last flush. An instance
 * without the replay directory claims nothing, so that one that cannot read the files never fails a replay that
 * another could run.
 */
@Component
class ReplayRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);

    private final ReplayJobs jobs;
    private final ReplayExecution execution;
    private final TicksProperties.Replay settings;
    private final ServiceInstance instance;
    private final JobPoller poller = new JobPoller();
    private JobWorkers workers;
    private boolean directoryMissing;

    ReplayRunner(ReplayJobs jobs, ReplayExecution execution, TicksProperties settings, ServiceInstance instance) {
        this.jobs = jobs;
        this.execution = execution;
        this.settings = settings.replay();
        this.instance = instance;
    }

    @Override
    public synchronized void start() {
        workers = new JobWorkers("tick-replay", settings.concurrency());
        poller.start("tick-replay-poller", settings.pollInterval(), this::poll);
    }

    /** Looks for work now, e.g. right after a replay was requested. */
    void wake() {
        poller.wake(this::poll);
    }

    private void poll() {
        try {
            jobs.heartbeat(workers.running(), instance.id());
            if (!Files.isDirectory(settings.directory())) {
                if (!directoryMissing) {
                    log.warn(
                            "No tick replay directory {} (TICKS_REPLAY_DIR): replays are left to instances with it",
                            settings.directory());
                    directoryMissing = true;
                }
                return;
            }
            directoryMissing = false;
            workers.claimAndRun(
                    () -> jobs.claim(instance.id(), settings.lease()), id -> execution.run(id, instance.id()));
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next poll tries again
            log.warn("Tick replay poll failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (!poller.stop()) {
            return;
        }
        workers.interrupt();
        if (!workers.awaitStopped(60)) {
            log.warn("A tick replay did not stop within 60 s; its lease lets another start resume it");
        }
    }

    @Override
    public boolean isRunning() {
        return poller.isRunning();
    }
}
