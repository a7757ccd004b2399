package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.model.market.MarketSource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
    private final Map<MarketSource, ExecutorService> executors = new EnumMap<>(MarketSource.class);
    private final Map<MarketSource, AtomicInteger> busy = new EnumMap<>(MarketSource.class);
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService poller;

    BackfillRunner(BackfillJobs jobs, BackfillExecution execution, MarketProperties properties) {
        this.jobs = jobs;
        this.execution = execution;
        this.settings = properties;
    }

    @Override
    public synchronized void start() {
        for (MarketSource source : FETCHED) {
            int threads = concurrency(source);
            executors.put(
                    source, Executors.newFixedThreadPool(threads, r -> new Thread(r, "backfill-" + source.key())));
            busy.put(source, new AtomicInteger());
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "backfill-poller"));
        poller.scheduleWithFixedDelay(
                this::poll, 0, settings.backfill().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Backfill runner {} started", instance);
    }

    /** Looks for work now, e.g. right after a backfill was requested. */
    void wake() {
        ScheduledExecutorService current = poller;
        if (current != null && !current.isShutdown()) {
            current.execute(this::poll);
        }
    }

    private void poll() {
        try {
            jobs.heartbeat(running, instance);
            for (MarketSource source : FETCHED) {
                AtomicInteger active = busy.get(source);
                while (active.get() < concurrency(source)) {
                    var claimed = jobs.claim(
                            source.key(), instance, settings.backfill().lease());
                    if (claimed.isEmpty()) {
                        break;
                    }
                    long id = claimed.get();
                    active.incrementAndGet();
                    running.add(id);
                    executors.get(source).execute(() -> {
                        try {
                            execution.run(id, instance);
                        } finally {
                            running.remove(id);
                            active.decrementAndGet();
                        }
                    });
                }
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
        ScheduledExecutorService current = poller;
        if (current == null) {
            return;
        }
        current.shutdownNow();
        executors.values().forEach(ExecutorService::shutdownNow);
        for (ExecutorService executor : executors.values()) {
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        executors.clear();
        poller = null;
    }

    @Override
    public boolean isRunning() {
        return poller != null;
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
