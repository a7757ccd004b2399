-- Pairs trading (issue 20): screens of a universe of stored bars for cointegrated pairs, run as leased jobs by the
-- dashboard (requested over REST or by its schedule), with every tested pair's statistics stored at the end in the
-- transaction that completes the screen: a screen is either complete with all its pairs or has none.
CREATE TABLE pair_screen (
    id              bigserial   PRIMARY KEY,
    status          text        NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
    -- 'api' or 'schedule'
    trigger         text        NOT NULL,
    -- the request with its defaults filled in: interval, source, training window, thresholds
    settings        jsonb       NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    started_at      timestamptz,
    ended_at        timestamptz,
    claimed_by      text,
    heartbeat_at    timestamptz,
    pairs_total     bigint      NOT NULL DEFAULT 0,
    pairs_done      bigint      NOT NULL DEFAULT 0,
    instruments     integer,
    eligible        integer,
    candidate_pairs bigint,
    pairs_tested    bigint,
    passing         bigint,
    skipped         bigint,
    -- instruments left out, with their reasons: [{symbol, observations, coverage, reason}]
    dropped         jsonb,
    -- the PCA and density clusters when asked for
    clusters        jsonb,
    error           text
);

CREATE INDEX pair_screen_claimable ON pair_screen (id) WHERE status IN ('queued', 'running');

COMMENT ON TABLE pair_screen IS 'Pair screens: a leased job per row; its pairs are stored when it completes.';

CREATE TABLE pair_screen_pair (
    screen_id           bigint           NOT NULL REFERENCES pair_screen (id) ON DELETE CASCADE,
    dependent           text             NOT NULL,
    independent         text             NOT NULL,
    cluster             integer          NOT NULL,
    observations        integer          NOT NULL,
    dropped_dates       integer          NOT NULL,
    intercept           double precision NOT NULL,
    hedge_ratio         double precision NOT NULL,
    statistic           double precision NOT NULL,
    other_statistic     double precision NOT NULL,
    adf_lag             integer          NOT NULL,
    p_value             double precision NOT NULL,
    holm_p_value        double precision NOT NULL,
    bh_p_value          double precision NOT NULL,
    -- 'Infinity' without mean reversion
    half_life           double precision NOT NULL,
    hurst               double precision NOT NULL,
    mean_crossings      integer          NOT NULL,
    return_correlation  double precision NOT NULL,
    passes              boolean          NOT NULL,
    PRIMARY KEY (screen_id, dependent, independent)
);

CREATE INDEX pair_screen_pair_bh ON pair_screen_pair (screen_id, bh_p_value);

COMMENT ON TABLE pair_screen_pair IS 'Every pair a screen tested, with its training-window statistics (ln dependent = intercept + hedge_ratio ln independent + spread).';
