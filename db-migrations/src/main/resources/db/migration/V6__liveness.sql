-- Rows of ingestion_log left 'running' by an instance that died (kill -9, OOM, power) are found and closed by a reaper
-- on a schedule, for every kind of row. An instance proves it is alive by a heartbeat of its own, not per row: see
-- docs/decisions/0012-batch-rows-follow-chunks.md.

-- One row per running service instance, inserted at start, touched every heartbeat interval, deleted on a clean stop.
-- A row whose heartbeat is older than the grace belongs to an instance that is gone; the reaper deletes it too.
CREATE TABLE service_instance (
    id           text        PRIMARY KEY,
    service      text        NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    heartbeat_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE service_instance IS 'Live service instances and their last heartbeat (database time); rows of ingestion_log name theirs as owner.';

-- The instance that opened the row. Not a foreign key: the instance row goes on a clean stop and when reaped, while
-- the log row stays forever. Null for rows opened before V6; the reaper takes those by age.
ALTER TABLE ingestion_log ADD COLUMN owner text;

COMMENT ON COLUMN ingestion_log.owner IS 'service_instance.id of the instance that opened the row; null before V6.';

-- 'abandoned': the row's instance died before closing it; its counts are those of the chunks it had committed.
ALTER TABLE ingestion_log DROP CONSTRAINT ingestion_log_status_check;
ALTER TABLE ingestion_log ADD CONSTRAINT ingestion_log_status_check
    CHECK (status IN ('running', 'completed', 'failed', 'interrupted', 'abandoned'));

-- What the reaper scans every minute: the few running rows, not the whole log.
CREATE INDEX ingestion_log_running ON ingestion_log (started_at) WHERE status = 'running';

-- Adds two objects of counts key by key, e.g. {"a": 1} and {"a": 2, "b": 1} give {"a": 3, "b": 1}. Each committed AIS
-- chunk adds its rejections and skipped kinds to its batch's row with it.
CREATE FUNCTION jsonb_add_counts(a jsonb, b jsonb) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
    SELECT coalesce(jsonb_object_agg(key, total), '{}'::jsonb)
    FROM (SELECT key, sum(value::bigint) AS total
          FROM (SELECT * FROM jsonb_each_text(coalesce(a, '{}'::jsonb))
                UNION ALL
                SELECT * FROM jsonb_each_text(coalesce(b, '{}'::jsonb))) AS both_sides
          GROUP BY key) AS sums
$$;
