package com.maritimealphaflow.ingestion.ais.jobs;

import com.maritimealphaflow.ingestion.ais.AisIngestion;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.BatchOutcome;
import com.maritimealphaflow.ingestion.ais.RotatingSink;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@code AIS_MODE=continuous}, and any finite source such as a replay file: the stream stays open and the batch is
 * committed every batch interval, on interval boundaries. A finite source is played once; the service then idles.
 */
@Component
public class ContinuousIngestion implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ContinuousIngestion.class);

    private final AisIngestion ingestion;
    private final AisSource source;
    private final AisProperties settings;
    private final Clock clock;
    private final StreamControl control = StreamControl.untilStopped();
    private volatile Thread thread;

    public ContinuousIngestion(AisIngestion ingestion, AisSource source, AisProperties properties, Clock clock) {
        this.ingestion = ingestion;
        this.source = source;
        this.settings = properties;
        this.clock = clock;
    }

    /** True when this runner, not the scheduled batch job, drives ingestion. */
    public static boolean drives(AisProperties settings, AisSource source) {
        return source.finite() || settings.mode() == AisProperties.Mode.CONTINUOUS;
    }

    @Override
    public void start() {
        if (!drives(settings, source)) {
            return;
        }
        thread = new Thread(this::run, "ais-" + source.kind().key());
        thread.start();
    }

    private void run() {
        RotatingSink sink = new RotatingSink(ingestion, source.kind());
        ScheduledExecutorService rotation =
                Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "ais-rotate"));
        long intervalMs = settings.batchInterval().toMillis();
        rotation.scheduleAtFixedRate(
                sink::rotate,
                IntervalAlignment.untilNextBoundary(clock, settings.batchInterval())
                        .toMillis(),
                intervalMs,
                TimeUnit.MILLISECONDS);
        log.info("Streaming AIS from {}, committing every {}", source.kind().key(), settings.batchInterval());
        AisIngestion.StreamEnd end = null;
        try {
            end = ingestion.stream(source, sink, control);
            if (end.status() == BatchOutcome.Status.COMPLETED && source.finite()) {
                log.info("The {} source has ended", source.kind().key());
            }
        } finally {
            rotation.shutdown();
            awaitQuietly(rotation);
            if (end == null) {
                sink.close(BatchOutcome.Status.FAILED, "the stream ended without an outcome");
            } else {
                sink.close(end.status(), end.error());
            }
        }
    }

    private static void awaitQuietly(ScheduledExecutorService rotation) {
        try {
            rotation.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        control.stopForShutdown();
        Thread running = thread;
        if (running != null) {
            try {
                running.join(Duration.ofSeconds(60).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        Thread running = thread;
        return running != null && running.isAlive();
    }
}
