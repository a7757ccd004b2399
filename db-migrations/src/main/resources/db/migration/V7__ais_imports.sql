-- AIS history imports (issue 15): archives of NOAA MarineCadastre, the Danish Maritime Authority, NMEA logs or any
-- mapped CSV, read from disk or downloaded day by day, into the same tables as the live feed. One row per requested
-- import, one per file it reads; every attempt at a file is an ingestion_log row of kind 'ais-import' that carries
-- the counts, like a live batch.

CREATE TABLE ais_import (
    id           bigserial   PRIMARY KEY,
    source       text        NOT NULL CHECK (source IN ('noaa', 'dma', 'nmea', 'csv')),
    -- the request as checked: files or days, bounding boxes, categories, thinning, a CSV's column mapping
    request      jsonb       NOT NULL,
    status       text        NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    started_at   timestamptz,
    ended_at     timestamptz,
    -- the instance running it and its lease: a job whose heartbeat is older than the lease is taken over and resumed
    claimed_by   text,
    heartbeat_at timestamptz,
    error        text
);

COMMENT ON TABLE ais_import IS 'AIS history imports requested over POST /api/ais/imports; progress is summed from ais_import_file and ingestion_log.';

CREATE INDEX ais_import_claimable ON ais_import (id) WHERE status IN ('queued', 'running');

CREATE TABLE ais_import_file (
    import_id        bigint      NOT NULL REFERENCES ais_import (id) ON DELETE CASCADE,
    seq              integer     NOT NULL,
    -- a path the service reads (under its import directory), or the URL of a day's archive
    location         text        NOT NULL,
    -- the archive day a downloaded file holds; null for files on disk
    day              date,
    status           text        NOT NULL
        CHECK (status IN ('pending', 'running', 'completed', 'missing', 'failed', 'cancelled')),
    -- size of the file as stored or announced by the server, when known
    bytes_total      bigint,
    -- bytes of the (compressed) file read so far
    bytes_read       bigint      NOT NULL DEFAULT 0,
    -- rows (CSV rows, NMEA lines' decodings) read so far
    rows_read        bigint      NOT NULL DEFAULT 0,
    -- rows whose reports are all committed: after a restart the file is read again and these are passed over
    rows_committed   bigint      NOT NULL DEFAULT 0,
    attempts         integer     NOT NULL DEFAULT 0,
    -- the ingestion_log row of the latest attempt
    ingestion_log_id bigint,
    started_at       timestamptz,
    ended_at         timestamptz,
    error            text,
    PRIMARY KEY (import_id, seq)
);

COMMENT ON TABLE ais_import_file IS 'The files of an AIS import in reading order, each with its resume point (rows_committed).';

-- Which import an ingestion_log row of kind 'ais-import' belongs to; null for every other kind.
ALTER TABLE ingestion_log ADD COLUMN ais_import_id bigint;

CREATE INDEX ingestion_log_ais_import ON ingestion_log (ais_import_id) WHERE ais_import_id IS NOT NULL;

-- Imported files are counted into ship_count_agg like live batches: the pending ones are found through this index.
DROP INDEX ingestion_log_awaiting_aggregation;
CREATE INDEX ingestion_log_awaiting_aggregation ON ingestion_log (id)
    WHERE aggregated_at IS NULL AND kind IN ('ais-batch', 'ais-import');
