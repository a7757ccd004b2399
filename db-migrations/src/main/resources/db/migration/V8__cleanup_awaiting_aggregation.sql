-- Retention keeps a day past the cutoff while an AIS batch or imported file whose reports fall in it is not counted
-- yet (issue 15: an import of a day older than the retention is counted first, then dropped by a later run). Each run
-- lists the partitions it kept for that reason; a dry run those it would keep.
ALTER TABLE cleanup_run ADD COLUMN partitions_awaiting_aggregation text[] NOT NULL DEFAULT '{}';

COMMENT ON COLUMN cleanup_run.partitions_awaiting_aggregation IS 'Partitions past the cutoff kept because ingestion_log rows with reports on their day were not aggregated yet.';
