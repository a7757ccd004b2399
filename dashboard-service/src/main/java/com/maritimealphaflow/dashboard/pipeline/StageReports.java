package com.maritimealphaflow.dashboard.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the pipeline page shows of the stages after ingestion. Each report's {@code available} is true: the tables
 * come with db-migrations. It stays in the JSON, which the page reads, and a {@code note} says why a section is empty.
 */
public final class StageReports {

    private StageReports() {}

    /**
     * How far aggregation trails ingestion.
     *
     * @param available always true: every batch records when it was aggregated ({@code ingestion_log.aggregated_at})
     * @param note null
     * @param newestWindow the newest window in {@code ship_count_agg}, null when none
     * @param newestWindowAggregatedAt when that window was (last) aggregated
     * @param medianLagSeconds median time from a batch's end to its aggregation, over the last day's batches
     * @param maxLagSeconds the longest of those
     * @param batchesMeasured how many batches the median and maximum are over
     * @param pendingBatches completed batches of the last week not aggregated yet
     * @param oldestPendingEndedAt when the oldest of those ended
     */
    public record AggregationLag(
            boolean available,
            String note,
            Instant newestWindow,
            Instant newestWindowAggregatedAt,
            Double medianLagSeconds,
            Double maxLagSeconds,
            Integer batchesMeasured,
            Integer pendingBatches,
            Instant oldestPendingEndedAt) {}

    /**
     * The newest run of the cleanup service.
     *
     * @param run the run's columns as the cleanup service logs them, in table order; null when there is none
     */
    public record CleanupRun(boolean available, String note, Map<String, Object> run) {}

    /** The newest backfill jobs, newest first. */
    public record BackfillJobs(boolean available, String note, List<BackfillJob> jobs) {}

    /**
     * @param fields the job's columns as the ingestion service stores them, in table order
     * @param status the job's status column, if it has one
     * @param progress done of the estimate, 0 to 1, where the job's columns tell it
     */
    public record BackfillJob(Map<String, Object> fields, String status, Double progress) {}
}
