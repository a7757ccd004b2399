package com.maritimealphaflow.aggregation.shipcounts;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static com.maritimealphaflow.testsupport.seed.ShipCounts.expected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation.Trigger;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each ended batch is aggregated once, whoever gets to it first, and a backlog goes oldest first. */
class ExactlyOnceTest extends DatabaseTest {

    @Autowired
    ShipCountAggregation aggregation;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void nothingPendingFromOtherTests() {
        for (int run = 0;
                run < 100 && aggregation.aggregatePending(Trigger.POLL).found() > 0;
                run++) {
            // drained
        }
    }

    @Test
    void notificationsAndPollingRacingEachOtherAggregateEveryBatchOnce() throws Exception {
        LocalDate day = Fresh.day();
        int batches = 20;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            Instant start = at(day, "00:00:00").plus(Duration.ofMinutes(5L * i));
            int vessel = Fresh.vessel();
            seed.shipPositions().reports(vessel, start.plusSeconds(10));
            ids.add(seed.ingestionLog().insert(Batch.ais(start).reports(start.plusSeconds(10), start.plusSeconds(10))));
        }
        double notifiedBefore = aggregatedBatches("notification");
        double polledBefore = aggregatedBatches("poll");
        AtomicInteger byTheTest = new AtomicInteger();
        List<Long> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        CyclicBarrier start = new CyclicBarrier(4);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> racers = new ArrayList<>();
            racers.add(threads.submit(() -> {
                start.await();
                while (!ids.stream().allMatch(seed.ingestionLog()::aggregated)) {
                    byTheTest.addAndGet(
                            aggregation.aggregatePending(Trigger.POLL).aggregated());
                }
                return null;
            }));
            for (List<Long> order : List.of(ids, reversed)) {
                racers.add(threads.submit(() -> {
                    start.await();
                    while (!ids.stream().allMatch(seed.ingestionLog()::aggregated)) {
                        for (long id : order) {
                            if (aggregation.aggregateBatch(id, Trigger.POLL)) {
                                byTheTest.incrementAndGet();
                            }
                        }
                    }
                    return null;
                }));
            }
            start.await();
            for (int i = 0; i < batches; i++) {
                seed.ingestionLog()
                        .commitWithNotification(ids.get(i), at(day, "00:00:30").plus(Duration.ofMinutes(5L * i)));
            }
            for (Future<?> racer : racers) {
                racer.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        double polled = aggregatedBatches("poll") - polledBefore;
        assertThat(polled).as("aggregations by the test's threads").isEqualTo(byTheTest.get());
        // the listener may still be finishing a batch that it claimed: its count settles at the rest
        await().until(() -> aggregatedBatches("notification") - notifiedBefore + polled >= batches);
        assertThat(aggregatedBatches("notification") - notifiedBefore + polled)
                .as("aggregations, by the listener and the test's threads together")
                .isEqualTo(batches);
        for (int i = 0; i < batches; i++) {
            assertThat(seed.shipCounts().window(at(day, "00:00:00").plus(Duration.ofMinutes(5L * i))))
                    .isEqualTo(expected(1, "unknown", 1));
        }
    }

    @Test
    void worksOffABacklogOldestFirstABoundedNumberPerRun() {
        LocalDate day = Fresh.day();
        seed.shipPositions().partition(day);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant start = at(day, "00:00:00").plus(Duration.ofMinutes(5L * i));
            ids.add(seed.ingestionLog().insert(Batch.ais(start).completed(start.plusSeconds(60))));
        }

        ShipCountAggregation.PendingRun first = aggregation.aggregatePending(Trigger.POLL);

        assertThat(first).isEqualTo(new ShipCountAggregation.PendingRun(5, 5, 5));
        assertThat(first.mayHaveMore()).isTrue();
        assertThat(ids.subList(0, 5)).allMatch(seed.ingestionLog()::aggregated);
        assertThat(ids.subList(5, 12)).noneMatch(seed.ingestionLog()::aggregated);
        assertThat(aggregation.aggregatePending(Trigger.POLL)).isEqualTo(new ShipCountAggregation.PendingRun(5, 5, 5));
        ShipCountAggregation.PendingRun last = aggregation.aggregatePending(Trigger.POLL);
        assertThat(last).isEqualTo(new ShipCountAggregation.PendingRun(2, 2, 5));
        assertThat(last.mayHaveMore()).isFalse();
        assertThat(ids).allMatch(seed.ingestionLog()::aggregated);
    }

    private double aggregatedBatches(String trigger) {
        return meters.get("alphaflow.aggregation.batches")
                .tag("trigger", trigger)
                .counter()
                .count();
    }
}
