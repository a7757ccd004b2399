-- Trend detection on tick data (issue 18, the DEBS 2022 Grand Challenge queries): the ingestion service reads ticks
-- (DEBS files replayed over REST, a Kafka topic, Binance's trade stream), keeps each symbol's close per 5-minute
-- window of event time in memory and hands the windows still open to the aggregation service as partials
-- (tick_partial) together with its stream's watermark (tick_stream). The aggregation service fires the windows the
-- watermark has passed, applies EMA38/EMA100 per symbol in window order and stores the windows (tick_window), the
-- crossovers (tick_crossover) and each symbol's state (tick_symbol). The Flink job writes the same three tables.
-- Raw ticks are not stored. See docs/decisions/0021-tick-trends.md.

-- One source of ticks with its own event-time clock: a replay job, a Kafka topic, the Binance trade stream.
CREATE TABLE tick_stream (
    id                  text        PRIMARY KEY,
    kind                text        NOT NULL CHECK (kind IN ('replay', 'kafka', 'binance')),
    -- an event whose window ended this long before the largest event time seen is late: counted, not applied
    allowed_lateness_ms bigint      NOT NULL CHECK (allowed_lateness_ms >= 0),
    -- the largest event time taken so far; windows with window_end + allowed lateness <= it have fired
    max_event_time      timestamptz,
    -- a bounded stream (a replay) that has ended: all its windows fire
    finished            boolean     NOT NULL DEFAULT false,
    events              bigint      NOT NULL DEFAULT 0,
    late_events         bigint      NOT NULL DEFAULT 0,
    -- rows that gave no event, per reason ({"no-price": n, "no-time": n, "malformed": n})
    skipped             jsonb       NOT NULL DEFAULT '{}',
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE tick_stream IS 'Tick sources with their watermark (max_event_time − allowed lateness) and counts of events, late events and skipped rows.';

-- Where a Kafka stream has read up to, committed with the partials those records made (read again after a crash
-- from here, never twice).
CREATE TABLE tick_stream_offset (
    stream_id   text    NOT NULL REFERENCES tick_stream (id) ON DELETE CASCADE,
    partition   integer NOT NULL,
    next_offset bigint  NOT NULL,
    PRIMARY KEY (stream_id, partition)
);

-- A symbol's close in a window not yet fired, as the ingestion service has it so far; merged by the latest event time.
CREATE TABLE tick_partial (
    stream_id       text             NOT NULL REFERENCES tick_stream (id) ON DELETE CASCADE,
    window_end      timestamptz      NOT NULL,
    symbol          text             NOT NULL,
    sec_type        text             NOT NULL DEFAULT '',
    close           double precision NOT NULL,
    last_event_time timestamptz      NOT NULL,
    PRIMARY KEY (stream_id, window_end, symbol)
);

COMMENT ON TABLE tick_partial IS 'Window closes handed from ingestion to aggregation; deleted when their window fires and is applied to tick_window.';

-- Every window in which a symbol had events: its close (last price by event time) and both EMAs after it.
CREATE TABLE tick_window (
    symbol          text             NOT NULL,
    window_end      timestamptz      NOT NULL,
    close           double precision NOT NULL,
    last_event_time timestamptz      NOT NULL,
    ema38           double precision NOT NULL,
    ema100          double precision NOT NULL,
    PRIMARY KEY (symbol, window_end)
);

COMMENT ON TABLE tick_window IS 'Tumbling 5-minute event-time windows with events per symbol (window_end exclusive), with EMA38 and EMA100; a window without events changes neither EMA and has no row.';

-- A crossover of EMA38 and EMA100: at most one per symbol and window.
CREATE TABLE tick_crossover (
    id              bigserial        PRIMARY KEY,
    symbol          text             NOT NULL,
    window_end      timestamptz      NOT NULL,
    kind            text             NOT NULL CHECK (kind IN ('bullish', 'bearish')),
    last_event_time timestamptz      NOT NULL,
    close           double precision NOT NULL,
    ema38           double precision NOT NULL,
    ema100          double precision NOT NULL,
    created_at      timestamptz      NOT NULL DEFAULT now(),
    UNIQUE (symbol, window_end)
);

CREATE INDEX tick_crossover_latest ON tick_crossover (symbol, window_end DESC);
CREATE INDEX tick_crossover_window ON tick_crossover (window_end DESC);

-- One row per symbol: the operator's state (both EMAs after its last window), which is what a restart resumes from.
CREATE TABLE tick_symbol (
    symbol          text             PRIMARY KEY,
    sec_type        text             NOT NULL DEFAULT '',
    first_window    timestamptz      NOT NULL,
    last_window     timestamptz      NOT NULL,
    windows         bigint           NOT NULL,
    last_close      double precision NOT NULL,
    ema38           double precision NOT NULL,
    ema100          double precision NOT NULL,
    updated_at      timestamptz      NOT NULL DEFAULT now()
);

COMMENT ON TABLE tick_symbol IS 'Per symbol: EMAs after its last window with events (the operator state), and how many windows it has.';

-- Alerts for crossovers, written in the same transaction as the crossover (an outbox); the dashboard delivers them
-- to the webhook, each once, and streams them to pages.
CREATE TABLE tick_alert (
    crossover_id    bigint      PRIMARY KEY REFERENCES tick_crossover (id) ON DELETE CASCADE,
    status          text        NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'delivered', 'failed', 'expired', 'disabled')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX tick_alert_pending ON tick_alert (next_attempt_at) WHERE status = 'pending';

-- Tick file replays requested over POST /api/ticks/replays: same job shape and lease as the AIS imports.
CREATE TABLE tick_replay (
    id              bigserial   PRIMARY KEY,
    -- the request as checked: files, speed (null = as fast as possible, else a multiple of real time), lateness
    request         jsonb       NOT NULL,
    status          text        NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    ended_at        timestamptz,
    claimed_by      text,
    heartbeat_at    timestamptz,
    error           text
);

CREATE INDEX tick_replay_claimable ON tick_replay (id) WHERE status IN ('queued', 'running');

CREATE TABLE tick_replay_file (
    replay_id       bigint      NOT NULL REFERENCES tick_replay (id) ON DELETE CASCADE,
    seq             integer     NOT NULL,
    path            text        NOT NULL,
    status          text        NOT NULL
        CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled')),
    bytes_total     bigint,
    bytes_read      bigint      NOT NULL DEFAULT 0,
    rows_read       bigint      NOT NULL DEFAULT 0,
    -- rows whose windows are committed as partials: a resumed replay passes over these
    rows_committed  bigint      NOT NULL DEFAULT 0,
    -- of the committed rows: events read, of those late (counted, not applied), rows skipped per reason
    events          bigint      NOT NULL DEFAULT 0,
    late_events     bigint      NOT NULL DEFAULT 0,
    skipped         jsonb       NOT NULL DEFAULT '{}',
    started_at      timestamptz,
    ended_at        timestamptz,
    error           text,
    PRIMARY KEY (replay_id, seq)
);

COMMENT ON TABLE tick_replay_file IS 'The files of a tick replay in reading order, each with its resume point (rows_committed).';
