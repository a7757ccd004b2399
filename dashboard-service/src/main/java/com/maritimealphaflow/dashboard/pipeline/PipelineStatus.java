package com.maritimealphaflow.dashboard.pipeline;

import java.time.Instant;
import java.util.List;

/**
 * The health of the pipeline as the database shows it.
 *
 * @param liveSource the newest batch's source (aisstream, nmea-tcp, nmea-udp, replay, simulator); null before any
 * @param lastPositionsAt when the newest batch that stored positions ended
 * @param abandonedLastDay rows of {@code ingestion_log} started in the last day that an instance died holding
 * @param banners what needs attention, most serious first
 */
public record PipelineStatus(
        Instant checkedAt,
        long batchIntervalSeconds,
        String liveSource,
        IngestionBatch latestBatch,
        Instant lastPositionsAt,
        int abandonedLastDay,
        List<Banner> banners,
        StageReports.AggregationLag aggregation,
        StageReports.CleanupRun lastCleanup,
        StageReports.BackfillJobs backfills) {}
