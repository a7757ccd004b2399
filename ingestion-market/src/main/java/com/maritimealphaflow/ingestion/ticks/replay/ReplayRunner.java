package com.maritimealphaflow.ingestion.ticks.replay;

import com.maritimealphaflow.ingestion.ticks.TicksProperties;
import com.maritimealphaflow.service.liveness.ServiceInstance;
import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
    private final AtomicInteger busy = new AtomicInteger();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;
    private boolean directoryMissing;
    private volatile ScheduledExecutorService poller;

    ReplayRunner(ReplayJobs jobs, ReplayExecution execution, TicksProperties settings, ServiceInstance instance) {
        this.jobs = jobs;
        this.execution = execution;
        this.settings = settings.replay();
        this.instance = instance;
    }

    @Override
    public synchronized void start() {
        workers = Executors.newFixedThreadPool(settings.concurrency(), r -> new Thread(r, "tick-replay"));
        poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "tick-replay-poller"));
        poller.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks for work now, e.g. right after a replay was requested. */
    void wake() {
        ScheduledExecutorService current = poller;
        if (current != null && !current.isShutdown()) {
            current.execute(this::poll);
        }
    }

    private void poll() {
        try {
            jobs.heartbeat(running, instance.id());
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
            while (busy.get() < settings.concurrency()) {
                var claimed = jobs.claim(instance.id(), settings.lease());
                if (claimed.isEmpty()) {
                    break;
                }
                long id = claimed.get();
                busy.incrementAndGet();
                running.add(id);
                workers.execute(() -> {
                    try {
                        execution.run(id, instance.id());
                    } finally {
                        running.remove(id);
                        busy.decrementAndGet();
                    }
                });
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next poll tries again
            log.warn("Tick replay poll failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService current = poller;
        if (current == null) {
            return;
        }
        current.shutdownNow();
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
                log.warn("A tick replay did not stop within 60 s; its lease lets another start resume it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        poller = null;
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
