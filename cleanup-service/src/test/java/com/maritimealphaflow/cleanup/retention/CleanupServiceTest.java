package com.maritimealphaflow.cleanup.retention;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static com.maritimealphaflow.testsupport.seed.ShipPositions.partitionName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.cleanup.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.CleanupRuns.Run;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Presence;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Rollup;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Retention runs on a database holding raw data older and newer than the retention (the configured P180D), vessel
 * counts, and static data of vessels silent and active.
 */
class CleanupServiceTest extends DatabaseTest {

    private static final Duration RETENTION = Duration.ofDays(180);

    @Autowired
    CleanupService cleanup;

    @Autowired
    DataSource dataSource;

    @Autowired
    MeterRegistry meters;

    LocalDate today;
    Instant now;

    @BeforeEach
    void emptyTables() {
        today = today();
        // PostgreSQL keeps microseconds
        now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        emptyDatabase();
    }

    @Test
    void dropsWholeDaysPastTheRetentionAndKeepsNewerRawDataAndEveryCount() {
        seed.shipPositions().spreadOver(today.minusDays(200), 30);
        seed.shipPositions().spreadOver(today.minusDays(181), 20);
        // Its range ends after the cutoff (180 days before noon today): part of the day is still within retention.
        seed.shipPositions().spreadOver(today.minusDays(180), 10);
        seed.shipPositions().spreadOver(today.minusDays(10), 5);
        seed.shipPositions().analyze();
        for (LocalDate day : List.of(today.minusDays(200), today.minusDays(181), today.minusDays(10))) {
            seed.shipCounts().insert(Window.fiveMinutes(day.atTime(12, 0).toInstant(ZoneOffset.UTC), 7));
        }
        long bytes = bytesOf(partitionName(today.minusDays(200))) + bytesOf(partitionName(today.minusDays(181)));
        double droppedBefore = counter("alphaflow.cleanup.partitions.dropped");
        double freedBefore = counter("alphaflow.cleanup.bytes.freed");

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(seed.shipPositions().partitions())
                .doesNotContain(partitionName(today.minusDays(200)), partitionName(today.minusDays(181)))
                .contains(partitionName(today.minusDays(180)), partitionName(today.minusDays(10)));
        assertThat(tableExists(partitionName(today.minusDays(200)))).isFalse();
        assertThat(seed.shipPositions().countOn(today.minusDays(180))).isEqualTo(10);
        assertThat(seed.shipPositions().countOn(today.minusDays(10))).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_count_agg WHERE total = 7", Long.class))
                .as("every count row, also those of dropped days")
                .isEqualTo(3);

        assertThat(run.status()).isEqualTo("completed");
        assertThat(run.trigger()).isEqualTo("api");
        assertThat(run.dryRun()).isFalse();
        assertThat(run.retention()).isEqualTo("P180D");
        assertThat(run.cutoff()).isBetween(now.minus(RETENTION), clock.instant().minus(RETENTION));
        assertThat(run.partitions())
                .extracting(CleanupRun.Partition::name)
                .containsExactly(partitionName(today.minusDays(200)), partitionName(today.minusDays(181)));
        assertThat(run.partitions()).allSatisfy(p -> assertThat(p.droppedAt()).isNotNull());
        assertThat(run.partitionCount()).isEqualTo(2);
        assertThat(run.rowEstimate()).isEqualTo(50);
        assertThat(run.bytes()).isEqualTo(bytes);
        assertThat(cleanup.find(run.id())).contains(run);
        assertThat(counter("alphaflow.cleanup.partitions.dropped") - droppedBefore)
                .isEqualTo(2);
        assertThat(counter("alphaflow.cleanup.bytes.freed") - freedBefore).isEqualTo(bytes);
    }

    @Test
    void dryRunReportsThePartitionsRowsAndBytesThatWouldGoAndChangesNothing() {
        seed.shipPositions().spreadOver(today.minusDays(200), 30);
        seed.shipPositions().spreadOver(today.minusDays(190), 20);
        seed.shipPositions().spreadOver(today.minusDays(100), 10);
        seed.shipPositions().analyze();
        seed.shipStatics().shipType(211000001, now.minus(Duration.ofDays(200)), 70);
        seed.shipStatics().shipType(211000002, now.minus(Duration.ofDays(2)), 80);
        List<String> partitionsBefore = seed.shipPositions().partitions();
        long bytes200 = bytesOf(partitionName(today.minusDays(200)));
        long bytes190 = bytesOf(partitionName(today.minusDays(190)));

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, true));

        assertThat(seed.shipPositions().partitions()).isEqualTo(partitionsBefore);
        assertThat(seed.shipPositions().countOn(today.minusDays(200))).isEqualTo(30);
        assertThat(seed.shipPositions().countOn(today.minusDays(190))).isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_static", Long.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_type_history", Long.class))
                .isEqualTo(2);

        assertThat(run.dryRun()).isTrue();
        assertThat(run.status()).isEqualTo("completed");
        assertThat(run.partitions())
                .containsExactly(
                        new CleanupRun.Partition(
                                partitionName(today.minusDays(200)), today.minusDays(200), 30L, bytes200, false, null),
                        new CleanupRun.Partition(
                                partitionName(today.minusDays(190)), today.minusDays(190), 20L, bytes190, false, null));
        assertThat(run.partitionCount()).isEqualTo(2);
        assertThat(run.rowEstimate()).isEqualTo(50);
        assertThat(run.bytes()).isEqualTo(bytes200 + bytes190);
        assertThat(run.staticRows()).isEqualTo(1);
        assertThat(run.historyRows()).isEqualTo(1);
    }

    /**
     * An import of a day older than the retention writes that day's partition, and the aggregation service counts
     * its windows from it once the file has ended. Until it has, the day is kept (and a dry run says it would be); the
     * first run after that drops it. Rows already counted hold nothing back.
     */
    @Test
    void keepsADayPastTheRetentionUntilTheImportOfItIsCountedThenDropsIt() {
        LocalDate imported = today.minusDays(400);
        LocalDate expired = today.minusDays(200);
        seed.shipPositions().spreadOver(imported, 20);
        seed.shipPositions().spreadOver(expired, 10);
        long file = seed.ingestionLog()
                .insert(Batch.aisImport(days(-1))
                        .completed(days(-1).plusSeconds(40))
                        .reports(at(imported, "00:01:00"), at(imported, "23:59:00")));
        seed.ingestionLog()
                .insert(Batch.aisImport(days(-2))
                        .completed(days(-2).plusSeconds(40))
                        .reports(at(expired, "00:01:00"), at(expired, "23:59:00"))
                        .aggregatedAt(days(-2).plusSeconds(45)));

        CleanupRun dry = cleanup.run(CleanupRequest.requested(null, true));
        CleanupRun kept = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(dry.partitionsAwaitingAggregation()).containsExactly(partitionName(imported));
        assertThat(dry.partitions()).extracting(CleanupRun.Partition::name).containsExactly(partitionName(expired));
        assertThat(kept.partitionsAwaitingAggregation()).containsExactly(partitionName(imported));
        assertThat(kept.partitions()).extracting(CleanupRun.Partition::name).containsExactly(partitionName(expired));
        assertThat(kept.partitionCount()).isEqualTo(1);
        assertThat(cleanup.find(kept.id())).contains(kept);
        assertThat(seed.shipPositions().partitions())
                .contains(partitionName(imported))
                .doesNotContain(partitionName(expired));
        assertThat(seed.shipPositions().countOn(imported)).isEqualTo(20);

        seed.ingestionLog().aggregate(file, now);
        CleanupRun next = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(next.partitionsAwaitingAggregation()).isEmpty();
        assertThat(next.partitions()).extracting(CleanupRun.Partition::name).containsExactly(partitionName(imported));
        assertThat(tableExists(partitionName(imported))).isFalse();
    }

    /**
     * A file still being read holds back every day its committed reports reach so far, here across midnight. A day an
     * interrupted run had begun to remove is put back, so that the aggregation service can count it.
     */
    @Test
    void keepsEveryDayARunningImportHasReachedAndPutsBackOneAnEarlierRunBeganToRemove() throws Exception {
        LocalDate first = today.minusDays(400);
        LocalDate second = first.plusDays(1);
        seed.shipPositions().spreadOver(first, 6);
        seed.shipPositions().spreadOver(second, 6);
        seed.shipPositions().spreadOver(second.plusDays(1), 6);
        seed.ingestionLog()
                .insert(Batch.aisImport(now.minus(Duration.ofMinutes(5)))
                        .reports(at(first, "22:00:00"), at(second, "01:30:00")));
        InterruptedDetach.leavePending(dataSource, partitionName(second));

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(run.partitionsAwaitingAggregation()).containsExactly(partitionName(first), partitionName(second));
        assertThat(run.partitions())
                .extracting(CleanupRun.Partition::name)
                .containsExactly(partitionName(second.plusDays(1)));
        assertThat(seed.shipPositions().partitions()).contains(partitionName(first), partitionName(second));
        assertThat(seed.shipPositions().countOn(second)).isEqualTo(6);
    }

    @Test
    void prunesTheDailyPresenceOfVesselsWithThePositionsButKeepsTheCountsAndRollups() {
        seed.shipCounts()
                .insert(
                        new Presence(today.minusDays(200), 211000001, "cargo", 1),
                        new Presence(today.minusDays(181), 211000001, "cargo", 1),
                        new Presence(today.minusDays(2), 211000002, "tanker", 3));
        seed.shipCounts().insert(Window.fiveMinutes(now.minus(Duration.ofDays(200)), 5));
        seed.shipCounts().insert(new Rollup("day", now.minus(Duration.ofDays(200)), "total", 288, 4.5, 1, 9, 12));

        CleanupRun dry = cleanup.run(CleanupRequest.requested(null, true));
        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(dry.presenceRows()).isEqualTo(2);
        assertThat(run.presenceRows()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT day FROM ship_presence_day", LocalDate.class))
                .containsExactly(today.minusDays(2));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_count_agg", Long.class))
                .isEqualTo(1);
    }

    @Test
    void finishesADetachThatAnInterruptedRunLeftPendingAndDropsIt() throws Exception {
        seed.shipPositions().spreadOver(today.minusDays(200), 30);
        seed.shipPositions().spreadOver(today.minusDays(190), 20);
        InterruptedDetach.leavePending(dataSource, partitionName(today.minusDays(200)));

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        // The other partition could not have been detached concurrently while the first was still pending.
        assertThat(run.status()).isEqualTo("completed");
        assertThat(run.partitions())
                .extracting(CleanupRun.Partition::name, CleanupRun.Partition::wasDetachPending)
                .containsExactly(
                        tuple(partitionName(today.minusDays(200)), true),
                        tuple(partitionName(today.minusDays(190)), false));
        assertThat(tableExists(partitionName(today.minusDays(200)))).isFalse();
        assertThat(tableExists(partitionName(today.minusDays(190)))).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_inherits WHERE inhdetachpending", Long.class))
                .isZero();
    }

    @Test
    void putsBackAPartitionLeftDetachPendingWhenTheRetentionKeepsItsDay() throws Exception {
        seed.shipPositions().spreadOver(today.minusDays(10), 5);
        InterruptedDetach.leavePending(dataSource, partitionName(today.minusDays(10)));
        assertThat(seed.shipPositions().countOn(today.minusDays(10)))
                .as("hidden while pending")
                .isZero();

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(run.partitions()).isEmpty();
        assertThat(seed.shipPositions().partitions()).contains(partitionName(today.minusDays(10)));
        assertThat(seed.shipPositions().countOn(today.minusDays(10))).isEqualTo(5);
    }

    @Test
    void logsAFailedRunWithHowFarItGotAndTheNextRunDropsWhatItLeftDetached() {
        seed.shipPositions().spreadOver(today.minusDays(200), 30);
        jdbc.execute("CREATE VIEW pinned_positions AS SELECT * FROM " + partitionName(today.minusDays(200)));

        assertThatThrownBy(() -> cleanup.run(CleanupRequest.requested(null, false)))
                .isInstanceOf(CleanupFailedException.class)
                .hasMessageContaining("depend");

        CleanupRun failed = cleanup.recent(1).get(0);
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.error()).contains("pinned_positions");
        assertThat(failed.endedAt()).isNotNull();
        assertThat(failed.partitionCount()).isZero();
        assertThat(failed.partitions()).singleElement().satisfies(p -> assertThat(p.droppedAt())
                .isNull());
        assertThat(seed.shipPositions().partitions()).doesNotContain(partitionName(today.minusDays(200)));
        assertThat(tableExists(partitionName(today.minusDays(200))))
                .as("detached, not dropped")
                .isTrue();

        jdbc.execute("DROP VIEW pinned_positions");
        CleanupRun next = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(next.status()).isEqualTo("completed");
        assertThat(next.partitions())
                .extracting(CleanupRun.Partition::name)
                .containsExactly(partitionName(today.minusDays(200)));
        assertThat(tableExists(partitionName(today.minusDays(200)))).isFalse();
        assertThat(cleanup.find(failed.id()).orElseThrow().partitions().get(0).droppedAt())
                .isNotNull();
    }

    @Test
    void deletesStaticDataOfSilentVesselsWithTheirHistoryAndPrunesOldHistoryOfActiveOnes() {
        int silent = 211000001;
        int active = 211000002;
        int activeSameType = 211000003;
        seed.shipStatics().shipType(silent, days(-200), 70);
        seed.shipStatics().typeChange(silent, days(-250), 80);
        seed.shipStatics().shipType(active, days(-1), 70);
        seed.shipStatics().typeChange(active, days(-300), 30);
        seed.shipStatics().typeChange(active, days(-200), 60);
        // Heard from two days ago with the type it declared 250 days ago: that row still says what it is.
        seed.shipStatics().shipType(activeSameType, days(-250), 52);
        seed.shipStatics().shipType(activeSameType, days(-2), 52);

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(jdbc.queryForList("SELECT mmsi FROM ship_static ORDER BY mmsi", Integer.class))
                .containsExactly(active, activeSameType);
        assertThat(seed.shipStatics().typeHistory(silent)).isEmpty();
        assertThat(seed.shipStatics().typeHistory(active))
                .as("the type from before the cutoff that still holds at the cutoff, and the later change")
                .containsExactly(days(-200), days(-1));
        assertThat(seed.shipStatics().typeHistory(activeSameType)).containsExactly(days(-250));
        assertThat(run.staticRows()).isEqualTo(1);
        assertThat(run.historyRows()).isEqualTo(3);
    }

    @Test
    void refusesARetentionShorterThanADaySayingWhy() {
        for (Duration tooShort : List.of(Duration.ofHours(23), Duration.ZERO, Duration.ofDays(-180))) {
            assertThatThrownBy(() -> cleanup.run(CleanupRequest.requested(tooShort, true)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one day")
                    .hasMessageContaining("late reports");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cleanup_run", Long.class))
                .isZero();
    }

    @Test
    void appliesARetentionGivenForOneRun() {
        seed.shipPositions().spreadOver(today.minusDays(100), 3);
        seed.shipPositions().spreadOver(today.minusDays(20), 3);

        CleanupRun run = cleanup.run(CleanupRequest.requested(Duration.ofDays(30), false));

        assertThat(run.retention()).isEqualTo("P30D");
        assertThat(run.partitions())
                .extracting(CleanupRun.Partition::name)
                .containsExactly(partitionName(today.minusDays(100)));
        assertThat(seed.shipPositions().partitions()).contains(partitionName(today.minusDays(20)));
    }

    @Test
    void refusesARequestWhileAnotherRunHoldsTheLockAndLetsAScheduledRunWaitForIt() throws Exception {
        Instant fireTime = Instant.parse("2026-11-22T03:30:00Z");
        CompletableFuture<CleanupRun> scheduled;
        try (Connection other = dataSource.getConnection();
                Statement statement = other.createStatement()) {
            statement.execute("SELECT pg_advisory_lock(" + CleanupLock.KEY + ")");

            assertThatThrownBy(() -> cleanup.run(CleanupRequest.requested(null, true)))
                    .isInstanceOf(CleanupInProgressException.class)
                    .hasMessageContaining("in progress");

            scheduled = CompletableFuture.supplyAsync(() -> cleanup.run(CleanupRequest.scheduled(fireTime)));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'advisory'"
                                            + " AND datname = current_database()",
                                    Long.class)
                            == 1);
            assertThat(scheduled).isNotDone();
            statement.execute("SELECT pg_advisory_unlock(" + CleanupLock.KEY + ")");
        }

        CleanupRun run = scheduled.get();
        assertThat(run.trigger()).isEqualTo("scheduled");
        assertThat(run.scheduledFor()).isEqualTo(fireTime);
        assertThat(run.status()).isEqualTo("completed");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cleanup_run", Long.class))
                .as("the refused request is no run")
                .isEqualTo(1);
    }

    @Test
    void marksARunLeftRunningByAStoppedInstanceAsInterrupted() {
        long abandoned = seed.cleanupRuns()
                .insert(Run.scheduled(Instant.now().minus(Duration.ofHours(1))).instance("gone"));

        cleanup.run(CleanupRequest.requested(null, true));

        Map<String, Object> row =
                jdbc.queryForMap("SELECT status, ended_at, error FROM cleanup_run WHERE id = ?", abandoned);
        assertThat(row.get("status")).isEqualTo("interrupted");
        assertThat(row.get("ended_at")).isNotNull();
        assertThat((String) row.get("error")).contains("stopped");
    }

    private boolean tableExists(String name) {
        return jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, name);
    }

    private long bytesOf(String partition) {
        return jdbc.queryForObject("SELECT pg_total_relation_size(?::regclass)", Long.class, partition);
    }

    private Instant days(int offset) {
        return now.plus(Duration.ofDays(offset));
    }

    private double counter(String name) {
        return meters.counter(name).count();
    }
}
