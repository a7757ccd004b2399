package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.market.StoredSeries;
import com.maritimealphaflow.dashboard.pairs.screen.PairScreen;
import com.maritimealphaflow.dashboard.pairs.screen.PairScreenResult;
import com.maritimealphaflow.dashboard.pairs.screen.PriceUniverse;
import com.maritimealphaflow.service.jobs.JobPoller;
import com.maritimealphaflow.service.jobs.JobWorkers;
import com.maritimealphaflow.service.jobs.LeasedJobRows;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs queued pair screens, one at a time on this instance, as leased jobs: a screen whose instance dies is taken over
 * when its lease runs out and run again from the start (nothing of it was stored: its pairs are written with its
 * completion). Progress is written about once a second; a cancelled screen stops at its next pair.
 */
@Component
class ScreenRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScreenRunner.class);
    private static final long PROGRESS_EVERY_MILLIS = 1_000;

    private final ScreenStore store;
    private final LeasedJobRows rows;
    private final UniverseReader universe;
    private final DashboardProperties.Pairs settings;
    private final JobPoller poller = new JobPoller();
    private final String instance = instanceName();
    private volatile JobWorkers workers;

    ScreenRunner(ScreenStore store, UniverseReader universe, DashboardProperties properties) {
        this.store = store;
        this.rows = store.rows();
        this.universe = universe;
        this.settings = properties.pairs();
    }

    /** Looks for queued screens now (after a request queued one). */
    void wake() {
        poller.wake(this::poll);
    }

    private void poll() {
        try {
            JobWorkers current = workers;
            if (current == null) {
                return;
            }
            rows.heartbeat(current.running(), instance);
            current.claimAndRun(() -> rows.claim(instance, settings.lease()), this::run);
        } catch (RuntimeException e) {
            log.warn("Polling for pair screens failed: {}", e.toString());
        }
    }

    private void run(long id) {
        try {
            ScreenSettings screen = store.settings(id);
            List<StoredSeries> series = universe.series(screen, settings.maxInstruments());
            if (series.size() > settings.maxInstruments()) {
                rows.end(
                        id,
                        instance,
                        "failed",
                        "the universe holds more than " + settings.maxInstruments() + " instruments");
                return;
            }
            PriceUniverse prices = universe.read(series, screen.trainingFrom(), screen.trainingTo());
            Progress progress = new Progress(id);
            PairScreenResult result =
                    PairScreen.run(prices, screen.toScreen(settings.threads()), progress::pairsDone, progress::stopped);
            if (store.complete(id, instance, series.size(), result)) {
                log.info(
                        "Pair screen {} completed: {} instruments, {} eligible, {} pairs tested, {} pass",
                        id,
                        series.size(),
                        result.eligible().size(),
                        result.pairs().size(),
                        result.passing().size());
                store.prune(settings.screensKept());
            }
        } catch (CancellationException e) {
            if (Thread.currentThread().isInterrupted()) {
                rows.release(id, instance);
            }
            log.info("Pair screen {} stopped: {}", id, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            log.warn("Pair screen {} failed", id, e);
            rows.end(id, instance, "failed", e.toString());
        }
    }

    /** The screen's progress, written now and then; it is stopped when the row is no longer this instance's. */
    private final class Progress {
        private final long id;
        private final AtomicLong lastWrite = new AtomicLong();
        private volatile boolean lost;

        Progress(long id) {
            this.id = id;
        }

        void pairsDone(int done, int total) {
            long now = System.currentTimeMillis();
            long last = lastWrite.get();
            if ((done == total || now - last >= PROGRESS_EVERY_MILLIS) && lastWrite.compareAndSet(last, now)) {
                if (!store.progress(id, instance, done, total)) {
                    lost = true;
                }
            }
        }

        boolean stopped() {
            return lost || Thread.currentThread().isInterrupted() || workers == null;
        }
    }

    @Override
    public synchronized void start() {
        workers = new JobWorkers("pair-screen", 1);
        poller.start("pair-screen-poll", settings.pollInterval(), this::poll);
    }

    @Override
    public synchronized void stop() {
        poller.stop();
        JobWorkers current = workers;
        workers = null;
        if (current != null) {
            current.interrupt();
            current.awaitStopped(30);
        }
    }

    @Override
    public boolean isRunning() {
        return poller.isRunning();
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
