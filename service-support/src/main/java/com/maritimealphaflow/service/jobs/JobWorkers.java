package com.maritimealphaflow.service.jobs;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The threads that run claimed jobs, at most {@code concurrency} at a time, and the ids of the jobs they run (whose
 * leases the poller renews). A poll {@link #claimAndRun claims} jobs while a thread is free.
 */
public final class JobWorkers {

    private final int concurrency;
    private final ExecutorService threads;
    private final AtomicInteger busy = new AtomicInteger();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    /** @param threadName the name of each worker thread */
    public JobWorkers(String threadName, int concurrency) {
        this.concurrency = concurrency;
        this.threads = Executors.newFixedThreadPool(concurrency, r -> new Thread(r, threadName));
    }

    /** The jobs running now. */
    public Set<Long> running() {
        return running;
    }

    /** Claims jobs while a thread is free, and runs each on one; stops at the first claim that finds none. */
    public void claimAndRun(Supplier<Optional<Long>> claim, LongConsumer run) {
        while (busy.get() < concurrency) {
            Optional<Long> claimed = claim.get();
            if (claimed.isEmpty()) {
                break;
            }
            long id = claimed.get();
            busy.incrementAndGet();
            running.add(id);
            threads.execute(() -> {
                try {
                    run.accept(id);
                } finally {
                    running.remove(id);
                    busy.decrementAndGet();
                }
            });
        }
    }

    /** Interrupts the running jobs; they give themselves back, or end, as they stop. */
    public void interrupt() {
        threads.shutdownNow();
    }

    /** Waits for the interrupted jobs to stop; false when one did not within the timeout (not when this wait is itself interrupted). */
    public boolean awaitStopped(long timeoutSeconds) {
        try {
            return threads.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
