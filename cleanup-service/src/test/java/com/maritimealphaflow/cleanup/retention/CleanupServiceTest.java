package com.maritimealphaflow.cleanup.retention;

import static com.maritimealphaflow.cleanup.retention.RawData.partitionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.cleanup.DatabaseTest;
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

    RawData raw;
    LocalDate today;
    Instant now;

    @BeforeEach
    void emptyDatabase() {
        raw = new RawData(jdbc);
        today = today();
        // PostgreSQL keeps microseconds
        now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        raw.reset(today);
    }

    @Test
    void dropsWholeDaysPastTheRetentionAndKeepsNewerRawDataAndEveryCount() {
        raw.positions(today.minusDays(200), 30);
        raw.positions(today.minusDays(181), 20);
        // Its range ends after the cutoff (180 days before noon today): part of the day is still within retention.
        raw.positions(today.minusDays(180), 10);
        raw.positions(today.minusDays(10), 5);
        raw.analyze();
        for (LocalDate day : List.of(today.minusDays(200), today.minusDays(181), today.minusDays(10))) {
            raw.counts(day.atTime(12, 0).toInstant(ZoneOffset.UTC), 7);
        }
        long bytes = raw.bytesOf(partitionOf(today.minusDays(200))) + raw.bytesOf(partitionOf(today.minusDays(181)));
        double droppedBefore = counter("alphaflow.cleanup.partitions.dropped");
        double freedBefore = counter("alphaflow.cleanup.bytes.freed");

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(raw.partitions())
                .doesNotContain(partitionOf(today.minusDays(200)), partitionOf(today.minusDays(181)))
                .contains(partitionOf(today.minusDays(180)), partitionOf(today.minusDays(10)));
        assertThat(raw.tableExists(partitionOf(today.minusDays(200)))).isFalse();
        assertThat(raw.positionsOn(today.minusDays(180))).isEqualTo(10);
        assertThat(raw.positionsOn(today.minusDays(10))).isEqualTo(5);
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
                .containsExactly(partitionOf(today.minusDays(200)), partitionOf(today.minusDays(181)));
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
        raw.positions(today.minusDays(200), 30);
        raw.positions(today.minusDays(190), 20);
        raw.positions(today.minusDays(100), 10);
        raw.analyze();
        raw.staticData(211000001, 70, now.minus(Duration.ofDays(200)));
        raw.staticData(211000002, 80, now.minus(Duration.ofDays(2)));
        List<String> partitionsBefore = raw.partitions();
        long bytes200 = raw.bytesOf(partitionOf(today.minusDays(200)));
        long bytes190 = raw.bytesOf(partitionOf(today.minusDays(190)));

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, true));

        assertThat(raw.partitions()).isEqualTo(partitionsBefore);
        assertThat(raw.positionsOn(today.minusDays(200))).isEqualTo(30);
        assertThat(raw.positionsOn(today.minusDays(190))).isEqualTo(20);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_static", Long.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ship_type_history", Long.class))
                .isEqualTo(2);

        assertThat(run.dryRun()).isTrue();
        assertThat(run.status()).isEqualTo("completed");
        assertThat(run.partitions())
                .containsExactly(
                        new CleanupRun.Partition(
                                partitionOf(today.minusDays(200)), today.minusDays(200), 30L, bytes200, false, null),
                        new CleanupRun.Partition(
                                partitionOf(today.minusDays(190)), today.minusDays(190), 20L, bytes190, false, null));
        assertThat(run.partitionCount()).isEqualTo(2);
        assertThat(run.rowEstimate()).isEqualTo(50);
        assertThat(run.bytes()).isEqualTo(bytes200 + bytes190);
        assertThat(run.staticRows()).isEqualTo(1);
        assertThat(run.historyRows()).isEqualTo(1);
    }

    @Test
    void prunesTheDailyPresenceOfVesselsWithThePositionsButKeepsTheCountsAndRollups() {
        jdbc.update(
                "INSERT INTO ship_presence_day (day, mmsi, category, hours) VALUES (?, 211000001, 'cargo', 1),"
                        + " (?, 211000001, 'cargo', 1), (?, 211000002, 'tanker', 3)",
                today.minusDays(200),
                today.minusDays(181),
                today.minusDays(2));
        jdbc.update(
                "INSERT INTO ship_count_agg (batch_start, batch_end, total) VALUES (?, ?, 5)",
                java.sql.Timestamp.from(now.minus(Duration.ofDays(200))),
                java.sql.Timestamp.from(now.minus(Duration.ofDays(200)).plusSeconds(300)));
        jdbc.update(
                "INSERT INTO ship_count_rollup (period, period_start, category, windows, avg_vessels, min_vessels,"
                        + " max_vessels, distinct_vessels) VALUES ('day', ?, 'total', 288, 4.5, 1, 9, 12)",
                java.sql.Timestamp.from(now.minus(Duration.ofDays(200))));

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
        raw.positions(today.minusDays(200), 30);
        raw.positions(today.minusDays(190), 20);
        InterruptedDetach.leavePending(dataSource, partitionOf(today.minusDays(200)));

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        // The other partition could not have been detached concurrently while the first was still pending.
        assertThat(run.status()).isEqualTo("completed");
        assertThat(run.partitions())
                .extracting(CleanupRun.Partition::name, CleanupRun.Partition::wasDetachPending)
                .containsExactly(
                        tuple(partitionOf(today.minusDays(200)), true),
                        tuple(partitionOf(today.minusDays(190)), false));
        assertThat(raw.tableExists(partitionOf(today.minusDays(200)))).isFalse();
        assertThat(raw.tableExists(partitionOf(today.minusDays(190)))).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_inherits WHERE inhdetachpending", Long.class))
                .isZero();
    }

    @Test
    void putsBackAPartitionLeftDetachPendingWhenTheRetentionKeepsItsDay() throws Exception {
        raw.positions(today.minusDays(10), 5);
        InterruptedDetach.leavePending(dataSource, partitionOf(today.minusDays(10)));
        assertThat(raw.positionsOn(today.minusDays(10)))
                .as("hidden while pending")
                .isZero();

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(run.partitions()).isEmpty();
        assertThat(raw.partitions()).contains(partitionOf(today.minusDays(10)));
        assertThat(raw.positionsOn(today.minusDays(10))).isEqualTo(5);
    }

    @Test
    void logsAFailedRunWithHowFarItGotAndTheNextRunDropsWhatItLeftDetached() {
        raw.positions(today.minusDays(200), 30);
        jdbc.execute("CREATE VIEW pinned_positions AS SELECT * FROM " + partitionOf(today.minusDays(200)));

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
        assertThat(raw.partitions()).doesNotContain(partitionOf(today.minusDays(200)));
        assertThat(raw.tableExists(partitionOf(today.minusDays(200))))
                .as("detached, not dropped")
                .isTrue();

        jdbc.execute("DROP VIEW pinned_positions");
        CleanupRun next = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(next.status()).isEqualTo("completed");
        assertThat(next.partitions())
                .extracting(CleanupRun.Partition::name)
                .containsExactly(partitionOf(today.minusDays(200)));
        assertThat(raw.tableExists(partitionOf(today.minusDays(200)))).isFalse();
        assertThat(cleanup.find(failed.id()).orElseThrow().partitions().get(0).droppedAt())
                .isNotNull();
    }

    @Test
    void deletesStaticDataOfSilentVesselsWithTheirHistoryAndPrunesOldHistoryOfActiveOnes() {
        int silent = 211000001;
        int active = 211000002;
        int activeSameType = 211000003;
        raw.staticData(silent, 70, days(-200));
        raw.typeChange(silent, 80, days(-250));
        raw.staticData(active, 70, days(-1));
        raw.typeChange(active, 30, days(-300));
        raw.typeChange(active, 60, days(-200));
        // Heard from two days ago with the type it declared 250 days ago: that row still says what it is.
        raw.staticData(activeSameType, 52, days(-250));
        jdbc.update("UPDATE ship_static SET updated_at = ? WHERE mmsi = ?", RawData.utc(days(-2)), activeSameType);

        CleanupRun run = cleanup.run(CleanupRequest.requested(null, false));

        assertThat(jdbc.queryForList("SELECT mmsi FROM ship_static ORDER BY mmsi", Integer.class))
                .containsExactly(active, activeSameType);
        assertThat(raw.typeHistory(silent)).isEmpty();
        assertThat(raw.typeHistory(active))
                .as("the type from before the cutoff that still holds at the cutoff, and the later change")
                .containsExactly(days(-200), days(-1));
        assertThat(raw.typeHistory(activeSameType)).containsExactly(days(-250));
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
        raw.positions(today.minusDays(100), 3);
        raw.positions(today.minusDays(20), 3);

        CleanupRun run = cleanup.run(CleanupRequest.requested(Duration.ofDays(30), false));

        assertThat(run.retention()).isEqualTo("P30D");
        assertThat(run.partitions())
                .extracting(CleanupRun.Partition::name)
                .containsExactly(partitionOf(today.minusDays(100)));
        assertThat(raw.partitions()).contains(partitionOf(today.minusDays(20)));
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
        long abandoned = jdbc.queryForObject(
                "INSERT INTO cleanup_run (trigger, instance, dry_run, retention, cutoff, started_at, status)"
                        + " VALUES ('scheduled', 'gone', false, 'P180D', now() - interval '180 days',"
                        + " now() - interval '1 hour', 'running') RETURNING id",
                Long.class);

        cleanup.run(CleanupRequest.requested(null, true));

        Map<String, Object> row =
                jdbc.queryForMap("SELECT status, ended_at, error FROM cleanup_run WHERE id = ?", abandoned);
        assertThat(row.get("status")).isEqualTo("interrupted");
        assertThat(row.get("ended_at")).isNotNull();
        assertThat((String) row.get("error")).contains("stopped");
    }

    private Instant days(int offset) {
        return now.plus(Duration.ofDays(offset));
    }

    private double counter(String name) {
        return meters.counter(name).count();
    }
}
