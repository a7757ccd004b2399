-- Market bar rollups (issue 19): 5m, 15m, 30m, 1h, 4h and 1d bars computed by the aggregation service from the stored
-- 1-minute bars, in market_bar beside the bars fetched natively. See docs/decisions/0023-market-rollups.md.

-- Where a bar comes from: fetched from a source (or a CSV) as it is, or rolled up here from 1-minute bars. A rollup
-- never overwrites a native bar; a native bar fetched later replaces a rollup.
ALTER TABLE market_bar ADD COLUMN origin text NOT NULL DEFAULT 'native' CHECK (origin IN ('native', 'rollup'));
-- How many 1-minute bars a rollup holds (an hour holds up to 60): fewer means minutes without trades or missing data;
-- null for native bars
ALTER TABLE market_bar ADD COLUMN minutes integer CHECK (minutes > 0);

COMMENT ON COLUMN market_bar.origin IS 'native: fetched or imported at this interval; rollup: computed from the 1m bars of the same series.';
COMMENT ON COLUMN market_bar.minutes IS 'Rollups: the 1-minute bars the bar was computed from; null for native bars.';

-- 1-minute bars written since their rollups were last computed: one row per writing statement and series, with the
-- range of bar times it wrote. The aggregation service takes rows, recomputes the rollups over the days they touch,
-- and deletes them in the same transaction.
CREATE TABLE market_rollup_pending (
    id           bigserial   PRIMARY KEY,
    source       text        NOT NULL,
    symbol       text        NOT NULL,
    adjusted     boolean     NOT NULL,
    range_from   timestamptz NOT NULL,
    -- the last bar time written (inclusive)
    range_to     timestamptz NOT NULL,
    -- minutes were deleted (or a rebuild was asked for): rollups left without minutes must go too
    deleted      boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- Every writer of 1-minute bars (backfills, scheduled updates, CSV imports, a psql session) marks its series'
-- rollups stale in its own transaction and wakes the aggregation service at commit: nothing can write minutes and
-- leave the rollups behind.
CREATE FUNCTION market_bar_mark_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO market_rollup_pending (source, symbol, adjusted, range_from, range_to, deleted)
    SELECT source, symbol, adjusted, min(bar_time), max(bar_time), TG_OP = 'DELETE'
    FROM written
    WHERE bar_interval = '1m'
    GROUP BY source, symbol, adjusted;
    IF FOUND THEN
        PERFORM pg_notify('market_bars_committed', '');
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER market_bar_rollups_on_insert AFTER INSERT ON market_bar
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION market_bar_mark_rollups();
CREATE TRIGGER market_bar_rollups_on_update AFTER UPDATE ON market_bar
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION market_bar_mark_rollups();
CREATE TRIGGER market_bar_rollups_on_delete AFTER DELETE ON market_bar
    REFERENCING OLD TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION market_bar_mark_rollups();
