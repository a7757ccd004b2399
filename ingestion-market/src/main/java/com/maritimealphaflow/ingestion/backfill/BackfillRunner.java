package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.jobs.JobPoller;
import com.maritimealphaflow.service.jobs.JobWorkers;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the stored backfills: every poll interval it proves the jobs it runs are alive (their lease) and claims queued
 * ones, and jobs whose instance died, up to each source's concurrency, onto that source's own threads. Stopping the
 * service interrupts the running jobs, which give themselves back as queued: the next start resumes them. A request
 * wakes the poller at once rather than at the next interval.
 */
@Component
class BackfillRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackfillRunner.class);
    private static final Set<MarketSource> FETCHED =
            Set.of(MarketSource.BINANCE, MarketSource.POLYGON, MarketSource.ALPACA);

    private final BackfillJobs jobs;
    private final BackfillExecution execution;
    private final MarketProperties settings;
    private final String instance = instanceName();
    private final Map<MarketSource, JobWorkers> workers = new EnumMap<>(MarketSource.class);
    private final JobPoller poller = new JobPoller();

    BackfillRunner(BackfillJobs jobs, BackfillExecution execution, MarketProperties properties) {
        this.jobs = jobs;
        this.execution = execution;
        this.settings = properties;
    }

    @Override
    public synchronized void start() {
        for (MarketSource source : FETCHED) {
            workers.put(source, new JobWorkers("backfill-" + source.key(), concurrency(source)));
        }
        poller.start("backfill-poller", settings.backfill().pollInterval(), this::poll);
        log.info("Backfill runner {} started", instance);
    }

    /** Looks for work now, e.g. right after a backfill was requested. */
    void wake() {
        poller.wake(this::poll);
    }

    private void poll() {
        try {
            Set<Long> running = new HashSet<>();
            workers.values().forEach(w -> running.addAll(w.running()));
            jobs.heartbeat(running, instance);
            for (MarketSource source : FETCHED) {
                workers.get(source)
                        .claimAndRun(
                                () -> jobs.claim(
                                        source.key(),
                                        instance,
                                        settings.backfill().lease()),
                                id -> execution.run(id, instance));
            }
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next poll tries again
            log.warn("Backfill poll failed: {}", e.getMessage());
        }
    }

    private int concurrency(MarketSource source) {
        return switch (source) {
            case BINANCE -> settings.binance().concurrency();
            case POLYGON -> settings.polygon().concurrency();
            case ALPACA -> settings.alpaca().concurrency();
            case CSV -> 1;
        };
    }

    @Override
    public synchronized void stop() {
        if (!poller.stop()) {
            return;
        }
        workers.values().forEach(JobWorkers::interrupt);
        workers.values().forEach(w -> w.awaitStopped(30));
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return poller.isRunning();
    }

    String instance() {
        return instance;
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
