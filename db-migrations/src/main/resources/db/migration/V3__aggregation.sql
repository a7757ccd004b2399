-- The aggregation service: which batches it has counted, which vessels each day has seen (so that distinct counts
-- over a day stay cheap), and hourly and daily rollups of ship_count_agg.

-- Set in the transaction that counts the batch's windows; the claim (UPDATE … WHERE aggregated_at IS NULL) makes
-- the listener, the polling job and several instances count each batch exactly once.
ALTER TABLE ingestion_log ADD COLUMN aggregated_at timestamptz;

COMMENT ON COLUMN ingestion_log.aggregated_at IS 'When the aggregation service counted this batch''s windows; null until then.';

-- What the polling job looks for: few rows, oldest first.
CREATE INDEX ingestion_log_awaiting_aggregation ON ingestion_log (id) WHERE aggregated_at IS NULL AND kind = 'ais-batch';

-- One row per UTC day, vessel and category the vessel was counted in on that day; bit h of "hours" is set when the
-- vessel was counted in that category in a window starting in UTC hour h. A day's (or an hour's) distinct vessels are
-- read from here instead of from the day's positions. A vessel whose type changed during the day has a row per
-- category. Only needed while the day's raw positions are kept: pruned together with them.
CREATE TABLE ship_presence_day (
    day      date    NOT NULL,
    mmsi     integer NOT NULL,
    category text    NOT NULL,
    hours    integer NOT NULL CHECK (hours BETWEEN 1 AND 16777215),
    PRIMARY KEY (day, mmsi, category)
) WITH (fillfactor = 80); -- setting a bit is an update of a non-indexed column: room for HOT updates

COMMENT ON TABLE ship_presence_day IS 'Vessels counted per UTC day and category; bit h of hours = counted in a window starting in UTC hour h. Pruned with the raw positions.';

-- Hourly and daily rollups of ship_count_agg, one row per period and category ('total' or a vessel category key).
-- "windows" counts the period's ship_count_agg rows (windows with a row of zeros included, windows without a row
-- not); avg, min and max are over those rows; distinct_vessels counts the vessels seen in the whole period.
CREATE TABLE ship_count_rollup (
    period           text             NOT NULL CHECK (period IN ('hour', 'day')),
    period_start     timestamptz      NOT NULL,
    category         text             NOT NULL,
    windows          integer          NOT NULL,
    avg_vessels      double precision NOT NULL,
    min_vessels      integer          NOT NULL,
    max_vessels      integer          NOT NULL,
    distinct_vessels integer          NOT NULL,
    updated_at       timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (period, period_start, category)
);

COMMENT ON TABLE ship_count_rollup IS 'Per UTC hour or day and category (total included): windows, average/min/max distinct vessels per window, distinct vessels over the period. Kept forever.';
