-- Regions (issue 16), how their events and series are kept current: which version of each region the stored events
-- and series were derived from, and what a rollup's "windows" counts now that region_count_agg is sparse.

ALTER TABLE region ADD COLUMN derived_version integer NOT NULL DEFAULT 0;

COMMENT ON COLUMN region.derived_version IS 'The version whose geometry the stored events and series of the retained days were derived with; below version, the aggregation service recomputes them (REGION_RECOMPUTE_LOOKBACK) and sets it.';

COMMENT ON TABLE region_count_agg IS 'Per region, window and category (total included): vessels present, transits per direction, port calls started, vessels waiting. Sparse: a row only where something is non-zero; a window with a ship_count_agg row (derived) and no row here is zeros. Kept forever like ship_count_agg.';

COMMENT ON COLUMN region_count_rollup.windows IS 'Derived windows in the period (its ship_count_agg rows), the denominator of the averages; sparse like region_count_agg.';

-- tracks of vessels long gone are pruned
CREATE INDEX region_track_last_report_at ON region_track (last_report_at);
