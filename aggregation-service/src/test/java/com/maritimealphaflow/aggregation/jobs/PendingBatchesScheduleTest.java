package com.maritimealphaflow.aggregation.jobs;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With the scheduler running, the clustered polling job works off batches committed while the service was down
 * (no notification will ever come for them), a bounded number per run, until none is left.
 */
@TestPropertySource(properties = {"spring.quartz.auto-startup=true", "alphaflow.aggregation.poll.interval=PT1S"})
@DirtiesContext // its scheduler keeps firing: no other test may share this context
class PendingBatchesScheduleTest extends DatabaseTest {

    @Autowired
    Scheduler scheduler;

    @Autowired
    MeterRegistry meters;

    @Test
    void thePollingJobCatchesUpOnABacklogCommittedWhileTheServiceWasDown() throws Exception {
        LocalDate day = Fresh.day();
        seed.shipPositions().partition(day);
        List<Long> backlog = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant start = at(day, "20:00:00").plus(Duration.ofMinutes(5L * i));
            backlog.add(seed.ingestionLog().insert(Batch.ais(start).completed(start.plusSeconds(60))));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> backlog.stream().allMatch(seed.ingestionLog()::aggregated));

        assertThat(meters.get("alphaflow.aggregation.batches")
                        .tag("trigger", "poll")
                        .counter()
                        .count())
                .as("more than one run: five per run in these tests")
                .isGreaterThanOrEqualTo(12);
        assertThat(scheduler.checkExists(AggregationSchedule.PENDING_BATCHES)).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    }
}
