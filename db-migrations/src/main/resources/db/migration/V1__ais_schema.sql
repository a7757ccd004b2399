-- The AIS core: latest static data per vessel, every position report (partitioned by day so that
-- retention drops whole partitions), the log of ingestion batches and the vessel counts per window.

CREATE TABLE ship_static (
    mmsi          integer     PRIMARY KEY,
    name          text,
    call_sign     text,
    imo           integer,
    ship_type     smallint,
    destination   text,
    eta           timestamptz,
    to_bow        smallint,
    to_stern      smallint,
    to_port       smallint,
    to_starboard  smallint,
    draught       real,
    source        text        NOT NULL,
    -- report time of the newest static message merged into this row
    updated_at    timestamptz NOT NULL,
    first_seen_at timestamptz NOT NULL
);

COMMENT ON TABLE ship_static IS 'One row per vessel: the latest static and voyage data (AIS types 5, 19, 24), merged field by field.';

-- A vessel can change its declared type; counts of past windows need the type it had then.
CREATE TABLE ship_type_history (
    mmsi        integer     NOT NULL,
    valid_from  timestamptz NOT NULL,
    ship_type   smallint,
    PRIMARY KEY (mmsi, valid_from)
);

CREATE FUNCTION record_ship_type_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.ship_type IS DISTINCT FROM OLD.ship_type THEN
        INSERT INTO ship_type_history (mmsi, valid_from, ship_type)
        VALUES (NEW.mmsi, NEW.updated_at, NEW.ship_type)
        ON CONFLICT (mmsi, valid_from) DO UPDATE SET ship_type = EXCLUDED.ship_type;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER ship_static_type_history
    AFTER INSERT OR UPDATE OF ship_type ON ship_static
    FOR EACH ROW EXECUTE FUNCTION record_ship_type_change();

CREATE TABLE ship_position (
    mmsi         integer          NOT NULL,
    report_time  timestamptz      NOT NULL,
    latitude     double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude    double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    speed        real,
    course       real,
    heading      smallint,
    nav_status   smallint,
    message_type smallint         NOT NULL,
    source       text             NOT NULL,
    PRIMARY KEY (mmsi, report_time)
) PARTITION BY RANGE (report_time);

COMMENT ON TABLE ship_position IS 'One row per position report, one partition per UTC day (ship_position_YYYYMMDD); duplicates (same MMSI and time) stored once.';

-- Windows of report time are read by range; BRIN stays tiny and cheap to maintain on time-ordered appends.
CREATE INDEX ship_position_report_time_brin ON ship_position USING brin (report_time) WITH (pages_per_range = 32);

-- Creates the partition for one UTC day unless it exists. Safe to call from several sessions at once.
CREATE FUNCTION ensure_ship_position_partition(day date) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := 'ship_position_' || to_char(day, 'YYYYMMDD');
BEGIN
    IF to_regclass(partition_name) IS NOT NULL THEN
        RETURN false;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('ship_position_partitions'));
    IF to_regclass(partition_name) IS NOT NULL THEN
        RETURN false;
    END IF;
    -- The second to_regclass can still miss a partition that a racing session committed while this one waited
    -- for the lock (an advisory lock does not refresh this session's catalog cache), so a clash counts as "exists".
    BEGIN
        EXECUTE format('CREATE TABLE %I PARTITION OF ship_position FOR VALUES FROM (%L) TO (%L)',
                       partition_name,
                       (day::timestamp AT TIME ZONE 'UTC'),
                       ((day + 1)::timestamp AT TIME ZONE 'UTC'));
    EXCEPTION WHEN duplicate_table THEN
        RETURN false;
    END;
    RETURN true;
END
$$;

CREATE FUNCTION ensure_ship_position_partitions(first_day date, last_day date) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    created integer := 0;
    d date := first_day;
BEGIN
    WHILE d <= last_day LOOP
        IF ensure_ship_position_partition(d) THEN
            created := created + 1;
        END IF;
        d := d + 1;
    END LOOP;
    RETURN created;
END
$$;

SELECT ensure_ship_position_partitions(current_date - 1, current_date + 7);

CREATE TABLE ingestion_log (
    id                bigserial   PRIMARY KEY,
    source            text        NOT NULL,
    -- 'ais-batch' for a live or replayed AIS batch; later kinds add backfill steps
    kind              text        NOT NULL,
    started_at        timestamptz NOT NULL,
    ended_at          timestamptz,
    status            text        NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'interrupted')),
    messages_received bigint      NOT NULL DEFAULT 0,
    positions_stored  bigint      NOT NULL DEFAULT 0,
    statics_stored    bigint      NOT NULL DEFAULT 0,
    duplicates        bigint      NOT NULL DEFAULT 0,
    rejected          bigint      NOT NULL DEFAULT 0,
    -- rejected messages per reason, e.g. {"latitude_out_of_range": 3, "bad_checksum": 1}
    rejected_reasons  jsonb       NOT NULL DEFAULT '{}',
    -- decoded but not stored on purpose, per kind, e.g. {"type_4": 12}
    skipped           jsonb       NOT NULL DEFAULT '{}',
    -- earliest and latest report time seen in the batch
    first_report_at   timestamptz,
    last_report_at    timestamptz,
    error             text
);

CREATE INDEX ingestion_log_started_at ON ingestion_log (started_at DESC);
CREATE INDEX ingestion_log_ended_at ON ingestion_log (ended_at) WHERE status = 'completed';

CREATE TABLE ship_count_agg (
    batch_start      timestamptz PRIMARY KEY,
    batch_end        timestamptz NOT NULL,
    total            integer     NOT NULL,
    cargo            integer     NOT NULL DEFAULT 0,
    tanker           integer     NOT NULL DEFAULT 0,
    passenger        integer     NOT NULL DEFAULT 0,
    fishing          integer     NOT NULL DEFAULT 0,
    tug              integer     NOT NULL DEFAULT 0,
    high_speed_craft integer     NOT NULL DEFAULT 0,
    pleasure         integer     NOT NULL DEFAULT 0,
    military         integer     NOT NULL DEFAULT 0,
    other            integer     NOT NULL DEFAULT 0,
    unknown          integer     NOT NULL DEFAULT 0,
    aggregated_at    timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE ship_count_agg IS 'Distinct vessels with a position in each interval-aligned window of report time, in total and per category. Kept forever.';
