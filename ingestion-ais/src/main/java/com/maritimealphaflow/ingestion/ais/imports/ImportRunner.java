package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.service.liveness.ServiceInstance;
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
    private final AtomicInteger busy = new AtomicInteger();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;
    private volatile ScheduledExecutorService poller;

    ImportRunner(ImportJobs jobs, ImportExecution execution, AisImportProperties settings, ServiceInstance instance) {
        this.jobs = jobs;
        this.execution = execution;
        this.settings = settings;
        this.instance = instance;
    }

    @Override
    public synchronized void start() {
        workers = Executors.newFixedThreadPool(settings.concurrency(), r -> new Thread(r, "ais-import"));
        poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ais-import-poller"));
        poller.scheduleWithFixedDelay(this::poll, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks for work now, e.g. right after an import was requested. */
    void wake() {
        ScheduledExecutorService current = poller;
        if (current != null && !current.isShutdown()) {
            current.execute(this::poll);
        }
    }

    private void poll() {
        try {
            jobs.heartbeat(running, instance.id());
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
            log.warn("AIS import poll failed: {}", e.getMessage());
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
                log.warn("An AIS import did not stop within 60 s; its lease lets another start resume it");
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
