package com.maritimealphaflow.dashboard.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.testsupport.seed.CleanupRuns.Run;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import com.maritimealphaflow.testsupport.seed.MarketBackfills.Job;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The stages after ingestion read from their tables on PostgreSQL: empty, then with rows as the services write them. */
class PipelineStageQueriesTest extends DatabaseTest {

    @Autowired
    PipelineStageQueries stages;

    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    @BeforeEach
    void emptyTables() {
        seed.emptyTables();
    }

    @Test
    void saysThereIsNothingYetWhileTheLaterStagesHaveNotRun() {
        seed.shipCounts()
                .insert(Window.fiveMinutes(Instant.parse("2026-11-20T12:00:00Z"), 5)
                        .with(VesselCategory.CARGO, 1)
                        .with(VesselCategory.TANKER, 1)
                        .with(VesselCategory.PASSENGER, 1)
                        .with(VesselCategory.UNKNOWN, 2));

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
        seed.ingestionLog().insert(batch(waiting));
        // A market data step is never aggregated and is not waiting for it.
        seed.ingestionLog()
                .insert(Batch.marketBackfill(waiting.minusSeconds(60)).completed(waiting));

        StageReports.AggregationLag lag = stages.aggregationLag();

        assertThat(lag.available()).isTrue();
        assertThat(lag.medianLagSeconds()).isEqualTo(2.0);
        assertThat(lag.maxLagSeconds()).isEqualTo(6.0);
        assertThat(lag.batchesMeasured()).isEqualTo(3);
        assertThat(lag.pendingBatches()).isEqualTo(1);
        assertThat(lag.oldestPendingEndedAt()).isEqualTo(waiting);
    }

    @Test
    void countsImportedFilesAwaitingAggregationWithTheBatches() {
        Instant waiting = now.minus(Duration.ofHours(2));
        seed.ingestionLog().insert(batch(now.minus(Duration.ofHours(1))));
        // A file of a history import: its reports are years old, it ended two hours ago and is not counted yet.
        seed.ingestionLog()
                .insert(Batch.aisImport(waiting.minusSeconds(30))
                        .completed(waiting)
                        .reports(Instant.parse("2021-03-14T00:00:05Z"), Instant.parse("2021-03-14T23:59:50Z"))
                        .counts(5000, 5000, 0));
        Instant importedAndCounted = now.minus(Duration.ofMinutes(5));
        seed.ingestionLog()
                .insert(Batch.aisImport(importedAndCounted.minusSeconds(30))
                        .completed(importedAndCounted)
                        .aggregatedAt(importedAndCounted.plusSeconds(4)));

        StageReports.AggregationLag lag = stages.aggregationLag();

        assertThat(lag.pendingBatches()).isEqualTo(2);
        assertThat(lag.oldestPendingEndedAt()).isEqualTo(waiting);
        assertThat(lag.batchesMeasured()).isEqualTo(1);
        assertThat(lag.maxLagSeconds()).isEqualTo(4.0);
    }

    @Test
    void showsTheNewestCleanupRunAsTheCleanupServiceLogsIt() {
        seed.cleanupRuns()
                .insert(Run.scheduled(Instant.parse("2026-11-20T03:30:00Z"))
                        .completed(Instant.parse("2026-11-20T03:30:01Z"))
                        .removed(1, 0, 1000));
        seed.cleanupRuns()
                .insert(Run.requested(Instant.parse("2026-11-21T03:00:00Z"), true)
                        .completed(Instant.parse("2026-11-21T03:00:01Z"))
                        .removed(2, 0, 0));

        StageReports.CleanupRun run = stages.lastCleanupRun();

        assertThat(run.available()).isTrue();
        assertThat(run.run()).containsEntry("dry_run", true).containsEntry("partition_count", 2);
    }

    @Test
    void showsBackfillJobsNewestFirstWithTheirProgress() {
        seed.marketBackfills()
                .insert(job("BTCUSDT", "2026-11-20T03:00:00Z")
                        .status("completed")
                        .pages(10, 10));
        seed.marketBackfills()
                .insert(job("ETHUSDT", "2026-11-21T03:00:00Z").status("running").pages(12, 3));
        seed.marketBackfills().insert(job("BNBUSDT", "2026-11-21T04:00:00Z"));

        StageReports.BackfillJobs jobs = stages.backfillJobs();

        assertThat(jobs.available()).isTrue();
        assertThat(jobs.jobs())
                .extracting(StageReports.BackfillJob::status)
                .containsExactly("queued", "running", "completed");
        assertThat(jobs.jobs()).extracting(StageReports.BackfillJob::progress).containsExactly(null, 0.25, 1.0);
    }

    @Test
    void measuresProgressInBarsWhileAJobHasNoEstimateOfItsPages() {
        seed.marketBackfills()
                .insert(job("SOLUSDT", "2026-11-21T05:00:00Z").status("running").bars(200, 50));

        assertThat(stages.backfillJobs().jobs()).singleElement().satisfies(j -> {
            assertThat(j.progress()).isEqualTo(0.25);
            assertThat(j.fields()).containsEntry("estimated_pages", 0).containsEntry("bars_done", 50);
        });
    }

    private void aggregatedBatch(Instant ended, long lagSeconds) {
        seed.ingestionLog().insert(batch(ended).aggregatedAt(ended.plusSeconds(lagSeconds)));
    }

    /** A completed minute of the NMEA feed. */
    private static Batch batch(Instant ended) {
        return Batch.ais(ended.minusSeconds(60))
                .source("nmea-tcp")
                .completed(ended)
                .counts(10, 10, 0);
    }

    /** A queued job for January 2026's minute bars of the symbol, created at {@code createdAt}. */
    private static Job job(String symbol, String createdAt) {
        return Job.of(
                        "binance",
                        "1m",
                        Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-02-01T00:00:00Z"),
                        symbol)
                .createdAt(Instant.parse(createdAt));
    }
}
