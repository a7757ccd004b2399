package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.model.ais.AisSourceKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code AIS_SOURCE=simulator}: made-up but plausible traffic from a {@link TrafficSimulator}, for demos and for
 * running the whole pipeline without a feed. Messages come at {@code messagesPerSecond} of the clock's time and
 * carry the clock's time as their report time. The simulation carries on from one batch to the next, and skips
 * the time between batches, so vessels keep sailing at their speed in real time.
 */
public final class SimulatorSource implements AisSource {

    private static final Logger log = LoggerFactory.getLogger(SimulatorSource.class);

    /** The longest wait between looks at the clock, so that a clock that moves unevenly is followed closely. */
    private static final Duration MAX_STEP = Duration.ofMillis(50);

    /** After a longer pause (a suspended machine), the messages missed are dropped instead of sent in one burst. */
    private static final Duration MAX_BACKLOG = Duration.ofSeconds(10);

    private final AisProperties.Simulator settings;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    /** Created by the first stream; guarded by {@link #lock}. */
    private TrafficSimulator traffic;

    public SimulatorSource(AisProperties.Simulator settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AisSourceKind kind() {
        return AisSourceKind.SIMULATOR;
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            Instant start = clock.instant();
            TrafficSimulator simulator = simulatorAt(start);
            double rate = settings.messagesPerSecond();
            long maxBacklog = (long) Math.ceil(rate * MAX_BACKLOG.toSeconds());
            // Pacing by count (rate times time elapsed since the start) rather than by a fixed sleep per message
            // keeps the rate exact however long each wait really takes.
            long scheduled = 0;
            while (!control.stopRequested()) {
                long elapsedNanos = Duration.between(start, clock.instant()).toNanos();
                long due = (long) (rate * elapsedNanos / 1e9);
                if (due - scheduled > maxBacklog) {
                    scheduled = due - maxBacklog;
                }
                while (scheduled < due) {
                    sink.accept(AisDecoding.Reports.of(ReportCopies.withTime(simulator.next(), clock.instant())));
                    scheduled++;
                    if ((scheduled & 1023) == 0 && control.stopRequested()) {
                        return;
                    }
                }
                long nextDueNanos = (long) Math.ceil((scheduled + 1) / rate * 1e9);
                if (control.awaitStop(step(nextDueNanos - elapsedNanos))) {
                    return;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private TrafficSimulator simulatorAt(Instant now) {
        if (traffic == null) {
            traffic = new TrafficSimulator(settings.vessels(), settings.messagesPerSecond(), settings.seed(), now);
            log.info(
                    "Simulating {} vessels on {} lanes at {} messages per second (seed {})",
                    settings.vessels(),
                    ShippingLanes.WORLD.size(),
                    settings.messagesPerSecond(),
                    settings.seed());
        } else {
            traffic.skipTo(now);
        }
        return traffic;
    }

    /** The wait until the next message is due, rounded up to whole milliseconds, between 1 ms and the max step. */
    private static Duration step(long nanos) {
        long millis = (nanos + 999_999) / 1_000_000;
        return Duration.ofMillis(Math.max(1, Math.min(MAX_STEP.toMillis(), millis)));
    }
}
