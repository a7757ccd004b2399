package com.maritimealphaflow.dashboard.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.Fixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The later stages before and after their tables exist. The tables made here stand in for the aggregation, cleanup
 * and backfill migrations and are dropped afterwards.
 */
class CatalogPipelineStagesTest extends DatabaseTest {

    @Autowired
    CatalogPipelineStages stages;

    Fixtures fixtures;
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    @BeforeEach
    void emptyTables() {
        fixtures = fixtures().clear();
    }

    @AfterEach
    void dropStandIns() {
        jdbc.execute("DROP TABLE IF EXISTS cleanup_run, backfill_job");
        jdbc.execute("ALTER TABLE ingestion_log DROP COLUMN IF EXISTS aggregated_at");
    }

    @Test
    void saysWhatIsNotAvailableYetBeforeTheTablesExist() {
        fixtures.window(Instant.parse("2026-11-20T12:00:00Z"), Instant.parse("2026-11-20T12:05:00Z"), 5, 1, 1, 1);

        StageReports.AggregationLag lag = stages.aggregationLag();
        assertThat(lag.available()).isFalse();
        assertThat(lag.note()).contains("ingestion_log.aggregated_at");
        assertThat(lag.newestWindow()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
        assertThat(lag.newestWindowAggregatedAt()).isEqualTo(Instant.parse("2026-11-20T12:05:02Z"));
        assertThat(stages.lastCleanupRun().available()).isFalse();
        assertThat(stages.lastCleanupRun().note()).contains("cleanup_run");
        assertThat(stages.backfillJobs().available()).isFalse();
        assertThat(stages.backfillJobs().jobs()).isEmpty();
    }

    @Test
    void measuresAggregationLagOnceBatchesRecordWhenTheyWereAggregated() {
        jdbc.execute("ALTER TABLE ingestion_log ADD COLUMN aggregated_at timestamptz");
        // Lags of 1, 2 and 6 seconds; one batch of an hour ago still waiting; one from two days ago not measured.
        aggregatedBatch(now.minus(Duration.ofMinutes(15)), 1);
        aggregatedBatch(now.minus(Duration.ofMinutes(10)), 2);
        aggregatedBatch(now.minus(Duration.ofMinutes(5)), 6);
        aggregatedBatch(now.minus(Duration.ofDays(2)), 600);
        Instant waiting = now.minus(Duration.ofHours(1));
        fixtures.batch("nmea-tcp", waiting.minusSeconds(60), waiting, "completed", 10, 10, 0, Map.of(), null);

        StageReports.AggregationLag lag = stages.aggregationLag();

        assertThat(lag.available()).isTrue();
        assertThat(lag.medianLagSeconds()).isEqualTo(2.0);
        assertThat(lag.maxLagSeconds()).isEqualTo(6.0);
        assertThat(lag.batchesMeasured()).isEqualTo(3);
        assertThat(lag.pendingBatches()).isEqualTo(1);
        assertThat(lag.oldestPendingEndedAt()).isEqualTo(waiting);
    }

    @Test
    void showsTheNewestCleanupRunColumnByColumn() {
        jdbc.execute("CREATE TABLE cleanup_run (id bigserial PRIMARY KEY, started_at timestamptz, dry_run boolean,"
                + " partitions_dropped int, bytes_freed bigint)");
        assertThat(stages.lastCleanupRun().available()).isTrue();
        assertThat(stages.lastCleanupRun().run()).isNull();
        assertThat(stages.lastCleanupRun().note()).contains("No cleanup run yet");

        jdbc.update("INSERT INTO cleanup_run (started_at, dry_run, partitions_dropped, bytes_freed) VALUES"
                + " ('2026-11-20T03:00:00Z', false, 1, 1000), ('2026-11-21T03:00:00Z', true, 2, 0)");

        StageReports.CleanupRun run = stages.lastCleanupRun();
        assertThat(run.run()).containsKeys("id", "started_at", "dry_run", "partitions_dropped", "bytes_freed");
        assertThat(run.run().keySet())
                .containsExactly("id", "started_at", "dry_run", "partitions_dropped", "bytes_freed");
        assertThat(run.run()).containsEntry("dry_run", true).containsEntry("partitions_dropped", 2);
    }

    @Test
    void showsBackfillJobsNewestFirstWithTheirProgress() {
        jdbc.execute("CREATE TABLE backfill_job (id bigserial PRIMARY KEY, created_at timestamptz, status text,"
                + " pages_done int, pages_total int)");
        jdbc.update("INSERT INTO backfill_job (created_at, status, pages_done, pages_total) VALUES"
                + " ('2026-11-20T03:00:00Z', 'completed', 10, 10), ('2026-11-21T03:00:00Z', 'running', 3, 12),"
                + " ('2026-11-21T04:00:00Z', 'queued', 0, null)");

        StageReports.BackfillJobs jobs = stages.backfillJobs();

        assertThat(jobs.available()).isTrue();
        assertThat(jobs.jobs())
                .extracting(StageReports.BackfillJob::status)
                .containsExactly("queued", "running", "completed");
        assertThat(jobs.jobs()).extracting(StageReports.BackfillJob::progress).containsExactly(null, 0.25, 1.0);
    }

    private void aggregatedBatch(Instant ended, long lagSeconds) {
        long id = fixtures.batch("nmea-tcp", ended.minusSeconds(60), ended, "completed", 10, 10, 0, Map.of(), null);
        jdbc.update(
                "UPDATE ingestion_log SET aggregated_at = ? WHERE id = ?",
                Timestamp.from(ended.plusSeconds(lagSeconds)),
                id);
    }
}
