package com.maritimealphaflow.ingestion.ais;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells a streaming source when to stop: at a deadline (a batch of {@code AIS_BATCH_DURATION}), or when asked
 * (shutdown). Sources poll {@link #stopRequested()} between reads and may wait on {@link #awaitStop(Duration)}
 * instead of sleeping, so that a stop is noticed at once.
 */
public final class StreamControl {

    private final Clock clock;
    private final Instant deadline;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean shutdown;

    private StreamControl(Clock clock, Instant deadline) {
        this.clock = clock;
        this.deadline = deadline;
    }

    /** Stops after {@code duration}, or earlier when asked. */
    public static StreamControl forDuration(Duration duration, Clock clock) {
        return new StreamControl(clock, clock.instant().plus(duration));
    }

    /** Runs until asked to stop. */
    public static StreamControl untilStopped() {
        return new StreamControl(Clock.systemUTC(), Instant.MAX);
    }

    public void requestStop() {
        stopped.countDown();
    }

    /** Stops because the service is shutting down: the batch in hand is closed as interrupted, not completed. */
    public void stopForShutdown() {
        shutdown = true;
        stopped.countDown();
    }

    public boolean stoppedForShutdown() {
        return shutdown;
    }

    public boolean stopRequested() {
        return stopped.getCount() == 0 || !clock.instant().isBefore(deadline);
    }

    /** Time left until the deadline; {@link Duration#ZERO} once stopping. */
    public Duration remaining() {
        if (stopped.getCount() == 0) {
            return Duration.ZERO;
        }
        if (deadline.equals(Instant.MAX)) {
            return Duration.ofDays(365);
        }
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Waits up to {@code timeout} (never past the deadline) for a stop.
     *
     * @return true when the source should stop now
     */
    public boolean awaitStop(Duration timeout) throws InterruptedException {
        Duration wait = timeout.compareTo(remaining()) < 0 ? timeout : remaining();
        if (!wait.isZero()) {
            stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        }
        return stopRequested();
    }
}
