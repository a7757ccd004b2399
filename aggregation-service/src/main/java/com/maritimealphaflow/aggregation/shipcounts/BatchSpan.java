package com.maritimealphaflow.aggregation.shipcounts;

import java.time.Instant;

/**
 * The times of one {@code ingestion_log} row that decide which windows it covers: when ingestion ran (wall time) and
 * the report times it stored. Report times are null when the batch stored nothing; {@code endedAt} is never null for
 * an ended batch but is treated as {@code startedAt} if it were. A file of a history import did not listen while it
 * ran ({@code listened} false): only its report times count, or an import run while no feed is on would write windows
 * of today with no vessels.
 */
record BatchSpan(Instant startedAt, Instant endedAt, Instant firstReportAt, Instant lastReportAt, boolean listened) {

    /** A live or replayed batch: it was listening while it ran, so the windows of that time are its to count. */
    BatchSpan(Instant startedAt, Instant endedAt, Instant firstReportAt, Instant lastReportAt) {
        this(startedAt, endedAt, firstReportAt, lastReportAt, true);
    }
}
