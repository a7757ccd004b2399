package com.maritimealphaflow.ingestion.backfill;

import java.time.Instant;
import java.util.List;

/**
 * A backfill as the API shows it.
 *
 * @param status {@code queued}, {@code running}, {@code completed}, {@code failed} or {@code cancelled}
 * @param steps the missing ranges found, one per symbol and gap (only in the answer for one backfill)
 */
public record Backfill(
        long id,
        String source,
        List<String> symbols,
        String interval,
        boolean adjusted,
        Instant from,
        Instant to,
        String status,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        Progress progress,
        String error,
        List<Step> steps) {

    /**
     * @param barsDone bars received so far, {@code barsUnchanged} of them were stored already
     * @param percent of the estimate, by pages or bars whichever is further along; null before the plan is made
     * @param eta when it should end at the rate seen so far; null unless running with some progress
     */
    public record Progress(
            long pagesDone,
            long pagesEstimated,
            long barsDone,
            long barsEstimated,
            long barsUnchanged,
            long malformedPages,
            Double percent,
            Instant eta) {}

    /** One missing range of one symbol, and its latest {@code ingestion_log} row. */
    public record Step(
            int seq,
            String symbol,
            Instant from,
            Instant to,
            long expectedBars,
            String status,
            long pagesDone,
            long barsDone,
            Long ingestionLogId,
            String error) {}

    Backfill withSteps(List<Step> all) {
        return new Backfill(
                id, source, symbols, interval, adjusted, from, to, status, createdAt, startedAt, endedAt, progress,
                error, all);
    }
}
