package com.maritimealphaflow.ingestion.ais.replay;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Holds each report back until its place in the replay's timeline: the first report sets the origin, and a report
 * made d after it is passed on d / speed after the first was. Reports out of order are passed on at once.
 */
final class PacedSink implements AisMessageSink {

    /** Thrown out of {@link #accept} when the replay is asked to stop while waiting. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final AisMessageSink target;
    private final double speed;
    private final StreamControl control;
    private final Clock clock;
    private Instant firstReport;
    private Instant startedAt;

    PacedSink(AisMessageSink target, double speed, StreamControl control, Clock clock) {
        this.target = target;
        this.speed = speed;
        this.control = control;
        this.clock = clock;
    }

    @Override
    public void accept(AisDecoding decoding) {
        if (decoding instanceof AisDecoding.Reports reports) {
            waitFor(reports.reports().get(0).time());
        }
        target.accept(decoding);
    }

    private void waitFor(Instant reportTime) {
        if (reportTime == null) {
            return;
        }
        if (firstReport == null) {
            firstReport = reportTime;
            startedAt = clock.instant();
            return;
        }
        long offsetNanos = (long) (Duration.between(firstReport, reportTime).toNanos() / speed);
        Duration wait = Duration.between(clock.instant(), startedAt.plusNanos(offsetNanos));
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        try {
            if (control.awaitStop(wait)) {
                throw new Stopped();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }
}
