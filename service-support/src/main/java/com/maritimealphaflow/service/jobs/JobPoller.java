package com.maritimealphaflow.service.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One thread that polls for jobs every interval, and at once when {@link #wake woken} (e.g. after a request). */
public final class JobPoller {

    private volatile ScheduledExecutorService poller;

    /** Polls from now on, every {@code interval} after the last poll ended. */
    public synchronized void start(String threadName, Duration interval, Runnable poll) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, threadName));
        poller.scheduleWithFixedDelay(poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls now, unless stopped. */
    public void wake(Runnable poll) {
        ScheduledExecutorService current = poller;
        if (current != null && !current.isShutdown()) {
            current.execute(poll);
        }
    }

    /** Stops polling; false when it was not polling. */
    public synchronized boolean stop() {
        ScheduledExecutorService current = poller;
        if (current == null) {
            return false;
        }
        current.shutdownNow();
        poller = null;
        return true;
    }

    public boolean isRunning() {
        return poller != null;
    }
}
