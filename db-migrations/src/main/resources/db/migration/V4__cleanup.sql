-- The cleanup service's log: one row per retention run (scheduled or requested, dry or not, failed too), and one row
-- per raw partition a run removed or, for a dry run, would remove.

CREATE TABLE cleanup_run (
    id             bigserial   PRIMARY KEY,
    -- 'scheduled' (the daily Quartz job) or 'api' (POST /api/cleanup/runs)
    trigger        text        NOT NULL CHECK (trigger IN ('scheduled', 'api')),
    -- for a scheduled run, the fire time of its trigger: at most one run per fire time across the instances
    scheduled_for  timestamptz,
    -- the host that ran it
    instance       text        NOT NULL,
    dry_run        boolean     NOT NULL,
    -- ISO-8601, e.g. P180D
    retention      text        NOT NULL,
    -- raw data whose whole UTC day ends at or before this instant goes
    cutoff         timestamptz NOT NULL,
    started_at     timestamptz NOT NULL,
    ended_at       timestamptz,
    -- 'interrupted': the instance running it stopped before it ended (found by the next run)
    status         text        NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
    -- What went, or for a dry run what would go. Row counts of partitions are estimates (pg_class.reltuples, null
    -- when the partition was never analysed); bytes are pg_total_relation_size before the drop.
    partition_count integer    NOT NULL DEFAULT 0,
    row_estimate   bigint      NOT NULL DEFAULT 0,
    bytes          bigint      NOT NULL DEFAULT 0,
    static_rows    bigint      NOT NULL DEFAULT 0,
    history_rows   bigint      NOT NULL DEFAULT 0,
    presence_rows  bigint      NOT NULL DEFAULT 0,
    error          text
);

CREATE INDEX cleanup_run_started_at ON cleanup_run (started_at DESC);

COMMENT ON TABLE cleanup_run IS 'One row per retention run of the cleanup service: what it removed (or would remove, for a dry run).';

CREATE TABLE cleanup_run_partition (
    run_id         bigint      NOT NULL REFERENCES cleanup_run (id) ON DELETE CASCADE,
    partition_name text        NOT NULL,
    day            date        NOT NULL,
    row_estimate   bigint,
    bytes          bigint      NOT NULL,
    -- an earlier run was interrupted in the middle of DETACH … CONCURRENTLY; this one finished it (FINALIZE)
    was_detach_pending boolean NOT NULL DEFAULT false,
    -- set once the table is dropped; a real run's row without it is a table detached but not yet dropped, which
    -- the next run drops
    dropped_at     timestamptz,
    PRIMARY KEY (run_id, partition_name)
);

CREATE INDEX cleanup_run_partition_not_dropped ON cleanup_run_partition (partition_name) WHERE dropped_at IS NULL;
