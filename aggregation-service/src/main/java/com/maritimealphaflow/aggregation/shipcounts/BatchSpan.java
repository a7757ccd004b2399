package com.maritimealphaflow.aggregation.shipcounts;

import java.time.Instant;

/**
 * The times of one {@code ingestion_log} row that decide which windows it covers: when ingestion ran (wall time) and
 * the report times it stored. Report times are null when the batch stored nothing; {@code endedAt} is never null for
 * an ended batch but is treated as {@code startedAt} if it were.
 */
record BatchSpan(Instant startedAt, Instant endedAt, Instant firstReportAt, Instant lastReportAt) {}
