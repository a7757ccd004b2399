package com.maritimealphaflow.dashboard.pipeline;

/**
 * The stages after ingestion, as far as the database can tell: aggregation lag, the last cleanup run and the backfill
 * jobs. Their tables arrive with the aggregation, cleanup and backfill migrations; until then each report says it is
 * not available yet, and the page shows an empty state instead of an error.
 */
interface PipelineStages {

    StageReports.AggregationLag aggregationLag();

    StageReports.CleanupRun lastCleanupRun();

    StageReports.BackfillJobs backfillJobs();
}
