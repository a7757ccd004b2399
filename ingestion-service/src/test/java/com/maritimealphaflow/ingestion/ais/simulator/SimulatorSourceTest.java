package com.maritimealphaflow.ingestion.ais.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.ingestion.support.MutableClock;
import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.model.ais.PositionReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorSourceTest {

    private static final Instant T0 = Instant.parse("2026-04-20T12:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final MutableClock clock = new MutableClock(T0);
    private final SimulatorSource source = new SimulatorSource(new AisProperties.Simulator(50, 100, 1), clock);
    private final CollectingSink sink = new CollectingSink();
    private Thread running;

    @AfterEach
    void stopStream() throws InterruptedException {
        if (running != null) {
            running.interrupt();
            running.join(PATIENCE.toMillis());
        }
    }

    @Test
    void isTheSimulatorSourceAndNeverEndsByItself() {
        assertThat(source.kind()).isEqualTo(AisSourceKind.SIMULATOR);
        assertThat(source.finite()).isFalse();
    }

    @Test
    void sendsTheConfiguredRateOfMessagesAgainstTheClockStampedWithItsTime() throws InterruptedException {
        StreamControl control = StreamControl.untilStopped();
        start(control);

        clock.advance(Duration.ofSeconds(2));
        await().atMost(PATIENCE).until(() -> sink.count() >= 200);
        clock.advance(Duration.ofMillis(1500));
        await().atMost(PATIENCE).until(() -> sink.count() >= 350);
        control.requestStop();
        running.join(PATIENCE.toMillis());

        assertThat(running.isAlive()).isFalse();
        assertThat(sink.failure.get()).isNull();
        List<AisReport> reports = sink.reports();
        assertThat(reports).hasSize(350);
        assertThat(reports.subList(0, 200)).allSatisfy(r -> assertThat(r.time()).isEqualTo(T0.plusSeconds(2)));
        assertThat(reports.subList(200, 350))
                .allSatisfy(r -> assertThat(r.time()).isEqualTo(T0.plusMillis(3500)));
        assertThat(reports).anySatisfy(r -> assertThat(r).isInstanceOf(PositionReport.class));
    }

    @Test
    void dropsWhatAPauseLongerThanTenSecondsMissedInsteadOfSendingItInOneBurst() throws InterruptedException {
        StreamControl control = StreamControl.untilStopped();
        start(control);

        clock.advance(Duration.ofHours(1));
        await().atMost(PATIENCE).until(() -> sink.count() >= 1000);
        control.requestStop();
        running.join(PATIENCE.toMillis());

        assertThat(sink.count()).isEqualTo(1000);
    }

    @Test
    void endsAtTheDeadlineOfItsControlOnTheSameClock() {
        StreamControl control = StreamControl.forDuration(Duration.ofSeconds(5), clock);
        start(control);

        clock.advance(Duration.ofSeconds(2));
        await().atMost(PATIENCE).until(() -> sink.count() >= 200);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(PATIENCE).until(() -> !running.isAlive());

        assertThat(sink.failure.get()).isNull();
        assertThat(sink.count()).isEqualTo(200);
    }

    @Test
    void carriesTheSameTrafficOnInTheNextStreamRatherThanStartingAgain() throws InterruptedException {
        StreamControl first = StreamControl.untilStopped();
        start(first);
        clock.advance(Duration.ofSeconds(1));
        await().atMost(PATIENCE).until(() -> sink.count() >= 100);
        first.requestStop();
        running.join(PATIENCE.toMillis());
        List<AisReport> firstBatch = sink.reports();

        CollectingSink secondSink = new CollectingSink();
        StreamControl second = StreamControl.untilStopped();
        clock.advance(Duration.ofMinutes(4));
        long readsBefore = clock.reads();
        running = new Thread(() -> secondSink.run(source, second));
        running.start();
        await().atMost(PATIENCE).until(() -> clock.reads() > readsBefore);
        clock.advance(Duration.ofSeconds(1));
        await().atMost(PATIENCE).until(() -> secondSink.count() >= 100);
        second.requestStop();
        running.join(PATIENCE.toMillis());

        // A simulation started afresh would repeat the first batch but for the report times.
        List<AisReport> secondBatch = secondSink.reports();
        assertThat(timeless(secondBatch)).isNotEqualTo(timeless(firstBatch));
        assertThat(mmsis(secondBatch)).isSubsetOf(fleetMmsis());
    }

    private List<Integer> fleetMmsis() {
        return new TrafficSimulator(50, 100, 1, T0)
                .fleet().stream().map(m -> m.vessel().mmsi()).toList();
    }

    private static List<AisReport> timeless(List<AisReport> reports) {
        return reports.stream().map(r -> ReportCopies.withTime(r, T0)).toList();
    }

    private static List<Integer> mmsis(List<AisReport> reports) {
        return reports.stream().map(AisReport::mmsi).distinct().toList();
    }

    /** Starts streaming on a thread and returns once the source has read the clock for its start. */
    private void start(StreamControl control) {
        running = new Thread(() -> sink.run(source, control));
        running.start();
        await().atMost(PATIENCE).until(() -> clock.reads() > 0);
    }

    private static final class CollectingSink implements AisMessageSink {

        private final List<AisDecoding> received = new CopyOnWriteArrayList<>();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        @Override
        public void accept(AisDecoding decoding) {
            received.add(decoding);
        }

        void run(SimulatorSource source, StreamControl control) {
            try {
                source.stream(this, control);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }

        int count() {
            return received.size();
        }

        List<AisReport> reports() {
            return received.stream()
                    .map(d -> {
                        assertThat(d).isInstanceOf(AisDecoding.Reports.class);
                        List<AisReport> reports = ((AisDecoding.Reports) d).reports();
                        assertThat(reports).hasSize(1);
                        return reports.get(0);
                    })
                    .toList();
        }
    }
}
