package com.maritimealphaflow.dashboard.pipeline;

import java.time.Instant;
import java.util.Map;

/**
 * One row of {@code ingestion_log}, of any {@link com.maritimealphaflow.model.pipeline.IngestionKind kind}: an AIS
 * batch, or a market backfill step, scheduled update or CSV import, whose {@code messagesReceived} counts bars received
 * (their bars stored are not shown here).
 *
 * @param status running, completed, failed, interrupted (the service stopped and closed it) or abandoned (an instance
 *     died holding it; its counts are those of what it had committed)
 * @param rejectedReasons rejected messages per reason, e.g. {@code {"bad_checksum": 3}}
 * @param skipped well-formed messages of types not stored, per type
 * @param error why the batch or step failed, was interrupted or abandoned
 */
public record IngestionBatch(
        long id,
        String source,
        String kind,
        Instant startedAt,
        Instant endedAt,
        String status,
        long messagesReceived,
        long positionsStored,
        long duplicates,
        long staticsStored,
        long rejected,
        Map<String, Long> rejectedReasons,
        Map<String, Long> skipped,
        Instant firstReportAt,
        Instant lastReportAt,
        String error) {}
