package com.maritimealphaflow.dashboard.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.Fixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
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

    @Test
    void saysThereIsNothingYetWhileTheLaterStagesHaveNotRun() {
        fixtures.window(Instant.parse("2026-11-20T12:00:00Z"), Instant.parse("2026-11-20T12:05:00Z"), 5, 1, 1, 1);

        StageReports.AggregationLag lag = stages.aggregationLag();
        assertThat(lag.available()).isTrue();
        assertThat(lag.batchesMeasured()).isZero();
        assertThat(lag.newestWindow()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
        assertThat(lag.newestWindowAggregatedAt()).isEqualTo(Instant.parse("2026-11-20T12:05:02Z"));
        assertThat(stages.lastCleanupRun().run()).isNull();
        assertThat(stages.lastCleanupRun().note()).contains("No cleanup run yet");
        assertThat(stages.backfillJobs().jobs()).isEmpty();
        assertThat(stages.backfillJobs().note()).contains("No backfill jobs yet");
    }

    @Test
    void measuresAggregationLagOfAisBatchesFromWhenTheyWereAggregated() {
        // Lags of 1, 2 and 6 seconds; one batch of an hour ago still waiting; one from two days ago not measured.
        aggregatedBatch(now.minus(Duration.ofMinutes(15)), 1);
        aggregatedBatch(now.minus(Duration.ofMinutes(10)), 2);
        aggregatedBatch(now.minus(Duration.ofMinutes(5)), 6);
        aggregatedBatch(now.minus(Duration.ofDays(2)), 600);
        Instant waiting = now.minus(Duration.ofHours(1));
        fixtures.batch("nmea-tcp", waiting.minusSeconds(60), waiting, "completed", 10, 10, 0, Map.of(), null);
        // A market data step is never aggregated and is not waiting for it.
        jdbc.update(
                "INSERT INTO ingestion_log (source, kind, started_at, ended_at, status) VALUES"
                        + " ('binance', 'market-backfill', ?, ?, 'completed')",
                Timestamp.from(waiting.minusSeconds(60)),
                Timestamp.from(waiting));

        StageReports.AggregationLag lag = stages.aggregationLag();

        assertThat(lag.available()).isTrue();
        assertThat(lag.medianLagSeconds()).isEqualTo(2.0);
        assertThat(lag.maxLagSeconds()).isEqualTo(6.0);
        assertThat(lag.batchesMeasured()).isEqualTo(3);
        assertThat(lag.pendingBatches()).isEqualTo(1);
        assertThat(lag.oldestPendingEndedAt()).isEqualTo(waiting);
    }

    @Test
    void showsTheNewestCleanupRunAsTheCleanupServiceLogsIt() {
        jdbc.update("INSERT INTO cleanup_run (trigger, instance, dry_run, retention, cutoff, started_at, ended_at,"
                + " status, partition_count, bytes) VALUES"
                + " ('scheduled', 'host-1', false, 'P180D', '2026-05-24T03:30:00Z', '2026-11-20T03:30:00Z',"
                + "  '2026-11-20T03:30:01Z', 'completed', 1, 1000),"
                + " ('api', 'host-1', true, 'P180D', '2026-05-25T03:00:00Z', '2026-11-21T03:00:00Z',"
                + "  '2026-11-21T03:00:01Z', 'completed', 2, 0)");

        StageReports.CleanupRun run = stages.lastCleanupRun();

        assertThat(run.available()).isTrue();
        assertThat(run.run()).containsEntry("dry_run", true).containsEntry("partition_count", 2);
    }

    @Test
    void showsBackfillJobsNewestFirstWithTheirProgress() {
        jdbc.update(
                "INSERT INTO market_backfill (source, symbols, bar_interval, adjusted, range_from, range_to, status,"
                        + " created_at, estimated_pages, pages_done) VALUES"
                        + " ('binance', '{BTCUSDT}', '1m', false, '2026-01-01Z', '2026-02-01Z', 'completed',"
                        + "  '2026-11-20T03:00:00Z', 10, 10),"
                        + " ('binance', '{ETHUSDT}', '1m', false, '2026-01-01Z', '2026-02-01Z', 'running',"
                        + "  '2026-11-21T03:00:00Z', 12, 3),"
                        + " ('binance', '{BNBUSDT}', '1m', false, '2026-01-01Z', '2026-02-01Z', 'queued',"
                        + "  '2026-11-21T04:00:00Z', 0, 0)");

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
