-- Market data: instruments and reference data, OHLCV bars from every source, order book snapshots, and the backfill
-- jobs that fill bar history on demand. See docs/decisions/0007-market-bars-and-backfills.md.

-- One row per symbol a source lists: Binance's exchangeInfo symbols, Polygon's tickers.
CREATE TABLE market_instrument (
    source           text        NOT NULL,
    symbol           text        NOT NULL,
    name             text,
    -- 'crypto' or 'stocks' (Polygon's market), decides the trading calendar
    market           text        NOT NULL,
    -- Binance: TRADING, BREAK, …; Polygon: active or inactive
    status           text,
    base_asset       text,
    quote_asset      text,
    currency         text,
    primary_exchange text,
    type             text,
    -- Binance's permissionSets, e.g. {{SPOT,MARGIN}} flattened to the distinct permissions
    permissions      text[],
    -- the source's own record, for fields without a column
    details          jsonb       NOT NULL DEFAULT '{}',
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (source, symbol)
);

COMMENT ON TABLE market_instrument IS 'Symbols and tickers as each source lists them (Binance exchangeInfo, Polygon reference tickers).';

-- Every bar of every source and interval. "adjusted" keeps Polygon's (and Alpaca's) split/dividend-adjusted bars
-- apart from the raw ones; it is false for sources that have no such notion (Binance, CSV files as given).
CREATE TABLE market_bar (
    symbol       text        NOT NULL,
    -- '1m', '5m', '15m', '1h', '1d'
    bar_interval text        NOT NULL,
    -- 'binance', 'polygon', 'alpaca', 'csv'
    source       text        NOT NULL,
    adjusted     boolean     NOT NULL,
    -- start of the bar; daily equity bars start at midnight America/New_York (as Polygon and Alpaca send them)
    bar_time     timestamptz NOT NULL,
    open         numeric     NOT NULL,
    high         numeric     NOT NULL,
    low          numeric     NOT NULL,
    close        numeric     NOT NULL,
    volume       numeric     NOT NULL,
    trades       bigint,
    vwap         numeric,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    -- The natural key, ordered for the reads: one symbol and interval over a time range.
    PRIMARY KEY (symbol, bar_interval, source, adjusted, bar_time)
);

COMMENT ON TABLE market_bar IS 'OHLCV bars, unique on (source, symbol, interval, adjusted, time); a corrected bar replaces the stored one.';

-- Ranges a fetch covered completely. A minute without trades has no bar (thin stocks have many), and a market can
-- be halted: without this the gap finder would ask for such holes again on every backfill.
CREATE TABLE market_bar_coverage (
    symbol       text        NOT NULL,
    bar_interval text        NOT NULL,
    source       text        NOT NULL,
    adjusted     boolean     NOT NULL,
    covered_from timestamptz NOT NULL,
    covered_to   timestamptz NOT NULL CHECK (covered_to > covered_from),
    fetched_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (symbol, bar_interval, source, adjusted, covered_from, covered_to)
);

COMMENT ON TABLE market_bar_coverage IS 'Time ranges [covered_from, covered_to) a source was asked for in full; holes inside them are no bars, not missing bars.';

CREATE TABLE market_dividend (
    source            text    NOT NULL,
    symbol            text    NOT NULL,
    ex_dividend_date  date    NOT NULL,
    -- CD regular cash, SC special cash, LT/ST long- and short-term capital gain (Polygon's codes)
    dividend_type     text    NOT NULL,
    cash_amount       numeric NOT NULL,
    currency          text,
    declaration_date  date,
    record_date       date,
    pay_date          date,
    frequency         integer,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, symbol, ex_dividend_date, dividend_type)
);

CREATE TABLE market_split (
    source         text    NOT NULL,
    symbol         text    NOT NULL,
    execution_date date    NOT NULL,
    split_from     numeric NOT NULL,
    split_to       numeric NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, symbol, execution_date)
);

-- Order book snapshots (Binance GET /api/v3/depth). lastUpdateId identifies a book state: the same state fetched
-- twice is stored once.
CREATE TABLE market_order_book (
    source         text        NOT NULL,
    symbol         text        NOT NULL,
    last_update_id bigint      NOT NULL,
    snapshot_time  timestamptz NOT NULL,
    depth          integer     NOT NULL,
    -- [[price, quantity], …] as the exchange sent them (decimal strings), best first
    bids           jsonb       NOT NULL,
    asks           jsonb       NOT NULL,
    PRIMARY KEY (source, symbol, last_update_id)
);

CREATE INDEX market_order_book_time ON market_order_book (symbol, snapshot_time);

-- A backfill requested over REST: fill the missing bars of some symbols over a range. Claimed by one instance at a
-- time through a lease (claimed_by, heartbeat_at): a job whose heartbeat stops is taken over and resumed.
CREATE TABLE market_backfill (
    id               bigserial   PRIMARY KEY,
    source           text        NOT NULL,
    symbols          text[]      NOT NULL,
    bar_interval     text        NOT NULL,
    adjusted         boolean     NOT NULL,
    range_from       timestamptz NOT NULL,
    range_to         timestamptz NOT NULL CHECK (range_to > range_from),
    status           text        NOT NULL
        CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
    -- true once the missing ranges are computed and stored as steps
    planned          boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    started_at       timestamptz,
    ended_at         timestamptz,
    claimed_by       text,
    heartbeat_at     timestamptz,
    estimated_pages  bigint      NOT NULL DEFAULT 0,
    estimated_bars   bigint      NOT NULL DEFAULT 0,
    pages_done       bigint      NOT NULL DEFAULT 0,
    bars_done        bigint      NOT NULL DEFAULT 0,
    -- bars fetched that were stored already, identical
    bars_unchanged   bigint      NOT NULL DEFAULT 0,
    -- pages the source answered with something unreadable
    malformed_pages  bigint      NOT NULL DEFAULT 0,
    error            text
);

CREATE INDEX market_backfill_claimable ON market_backfill (source, id) WHERE status IN ('queued', 'running');

-- One missing range of one symbol: what a backfill fetches, page by page.
CREATE TABLE market_backfill_step (
    backfill_id      bigint      NOT NULL REFERENCES market_backfill (id) ON DELETE CASCADE,
    seq              integer     NOT NULL,
    symbol           text        NOT NULL,
    range_from       timestamptz NOT NULL,
    range_to         timestamptz NOT NULL,
    expected_bars    bigint      NOT NULL,
    status           text        NOT NULL
        CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled')),
    pages_done       bigint      NOT NULL DEFAULT 0,
    bars_done        bigint      NOT NULL DEFAULT 0,
    -- the ingestion_log row of the latest attempt
    ingestion_log_id bigint,
    error            text,
    PRIMARY KEY (backfill_id, seq)
);

-- Market rows of ingestion_log (kind 'market-backfill', 'market-update', 'market-csv') count bars, not positions.
ALTER TABLE ingestion_log ADD COLUMN bars_stored bigint NOT NULL DEFAULT 0;

COMMENT ON COLUMN ingestion_log.bars_stored IS 'Market rows: bars inserted or changed (messages_received counts bars fetched, duplicates the unchanged ones).';
