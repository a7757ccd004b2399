package com.maritimealphaflow.dashboard;

import com.maritimealphaflow.dashboard.ticks.WebhookUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the dashboard can be told, bound from {@code alphaflow.dashboard.*} in application.yml, where each value
 * names the environment variable that overrides it.
 *
 * @param refreshInterval how often the pages fetch fresh data in the background
 * @param batchInterval the ingestion service's {@code AIS_BATCH_INTERVAL}; the feed counts as silent after two
 */
@Validated
@ConfigurationProperties("alphaflow.dashboard")
public record DashboardProperties(
        @NotNull @DurationMin(seconds = 5) Duration refreshInterval,
        @NotNull @DurationMin(seconds = 1) Duration batchInterval,
        @Valid @NotNull VesselMap map,
        @Valid @NotNull Counts counts,
        @Valid @NotNull Destinations destinations,
        @Valid @NotNull Pipeline pipeline,
        @Valid @NotNull Backtests backtests,
        @Valid @NotNull Regions regions,
        @Valid @NotNull Ticks ticks,
        @Valid @NotNull Market market,
        @Valid @NotNull OrderBooks orderBooks,
        @Valid @NotNull Pairs pairs,
        @Valid @NotNull Login login) {

    /**
     * @param tileUrl Leaflet URL template of the background tiles; blank means {@code defaultTileUrl}, {@code none}
     *     means no tiles at all (the map then shows only its grid and the vessels)
     * @param window how far back the map looks for each vessel's latest position
     * @param maxWindow the longest window a request may ask for: the map reads raw positions
     * @param snapshotTtl how long the default map (the last {@code window} up to now, which every open page polls) is
     *     served from memory before it is read again; zero reads it on every request
     */
    public record VesselMap(
            String tileUrl,
            String tileAttribution,
            @NotBlank String defaultTileUrl,
            @NotBlank String defaultTileAttribution,
            @NotNull @DurationMin(minutes = 1) Duration window,
            @NotNull @DurationMin(minutes = 1) Duration maxWindow,
            @NotNull Duration snapshotTtl) {

        static final String NO_TILES = "none";

        /** The tile URL template the browser uses, or null for no tile layer. */
        public String effectiveTileUrl() {
            if (tileUrl == null || tileUrl.isBlank()) {
                return defaultTileUrl;
            }
            return NO_TILES.equalsIgnoreCase(tileUrl.strip()) ? null : tileUrl.strip();
        }

        /** The attribution shown under the tiles: the configured one, else the default tiles' own. */
        public String effectiveTileAttribution() {
            if (effectiveTileUrl() == null) {
                return "";
            }
            if (tileAttribution != null && !tileAttribution.isBlank()) {
                return tileAttribution.strip();
            }
            return effectiveTileUrl().equals(defaultTileUrl) ? defaultTileAttribution : "";
        }
    }

    /**
     * @param smaSpan the span of the gauge's simple moving average, by time
     * @param maxPoints the most points one series may have; a finer resolution over a longer range is refused
     * @param bucketCacheTtl how long hourly and daily averages are reused for the same range; zero reads every time
     */
    public record Counts(
            @NotNull @DurationMin(hours = 1) Duration smaSpan,
            @Min(100) @Max(100_000) int maxPoints,
            @NotNull Duration bucketCacheTtl) {}

    /**
     * @param defaultSince how far back the destinations page looks when no date is chosen
     * @param maxRows the most destinations one request may ask for
     */
    public record Destinations(@NotNull @DurationMin(days = 1) Duration defaultSince, @Min(1) int maxRows) {}

    /**
     * @param batchesShown the ingestion batches listed when no limit is asked for
     * @param maxBatches the most batches one request may list
     * @param backfillsShown the newest backfill jobs shown
     * @param importsShown the AIS history imports listed when no limit is asked for
     * @param maxImports the most AIS history imports one request may list
     */
    public record Pipeline(
            @Min(1) int batchesShown,
            @Min(1) int maxBatches,
            @Min(1) int backfillsShown,
            @Min(1) int importsShown,
            @Min(1) int maxImports) {}

    /**
     * Bounds on what one backtest or optimizer request may cost, checked before its data is read (docs/decisions/0008).
     *
     * @param maxGridCells the most (fast, slow) pairs one optimization evaluates, over all its folds
     * @param maxBars the most bars one backtest or optimization reads
     * @param backtestsAtOnce single backtests (and their CSV downloads) running at once; more are answered 503
     * @param optimizationsAtOnce answered optimizations running at once; more are answered 503
     * @param finishedJobsKept finished optimization jobs whose results are kept in memory; the oldest go first
     * @param minAnnualisedSpan the shortest backtest (first bar's open to last bar's close) shown an annualised return: compounded
     *     to a year, a few days' return becomes an absurd figure
     */
    public record Backtests(
            @Min(1_000) @Max(100_000_000) long maxGridCells,
            @Min(1_000) @Max(10_000_000) int maxBars,
            @Min(1) @Max(6) int backtestsAtOnce,
            @Min(1) @Max(6) int optimizationsAtOnce,
            @Min(1) @Max(100) int finishedJobsKept,
            @NotNull @DurationMin(days = 1) Duration minAnnualisedSpan) {}

    /**
     * The regions page and API.
     *
     * @param defaultRange how far back a region's series reaches when no {@code from} is given
     * @param trailingAverage the span of the trailing average drawn beside a region's series
     * @param maxPoints the most points one series may have; a longer range at a finer interval is refused
     * @param eventsShown the latest events listed when no limit is asked for
     * @param maxEvents the most events one request may list
     * @param maxVertices the most vertices a drawn polygon or gate may have
     */
    public record Regions(
            @NotNull @DurationMin(days = 1) Duration defaultRange,
            @NotNull @DurationMin(days = 1) Duration trailingAverage,
            @Min(100) @Max(100_000) int maxPoints,
            @Min(1) int eventsShown,
            @Min(1) @Max(100_000) int maxEvents,
            @Min(4) @Max(100_000) int maxVertices) {}

    /**
     * Pair screens and pair backtests (docs/decisions/0025, 0026, 0027).
     *
     * @param maxInstruments the largest universe a screen reads (500 instruments are 124,750 pairs)
     * @param threads threads one screen tests pairs on; one screen runs at a time per instance
     * @param pollInterval how often queued screens are looked for besides the requests' wake-ups
     * @param lease a running screen whose instance stops renewing it this long is taken over and run again
     * @param screensKept ended screens kept with their pairs; older ones are deleted
     * @param cron when the scheduled screen (default settings) runs, a Quartz cron expression in UTC; empty: never
     * @param maxPairsListed the most pairs one page of a screen's table lists
     * @param maxBacktestBars the most bars of each leg a pair backtest reads
     */
    public record Pairs(
            @Min(2) @Max(2_000) int maxInstruments,
            @Min(1) @Max(64) int threads,
            @NotNull @DurationMin(millis = 100) Duration pollInterval,
            @NotNull @DurationMin(seconds = 5) Duration lease,
            @Min(1) @Max(1_000) int screensKept,
            @NotNull String cron,
            @Min(10) @Max(100_000) int maxPairsListed,
            @Min(100) @Max(1_000_000) int maxBacktestBars) {}

    /**
     * The market data explorer: candles, coverage and gaps of the stored bars (docs/decisions/0024).
     *
     * @param defaultCandles candles shown when no {@code from} is given (counted back from the last bar)
     * @param maxCandles the most candles one request may span; a longer range at the interval is refused (400)
     * @param maxSeries the most stored series the overview lists
     * @param maxDays the longest span of the per-day charts (bars ingested, order book snapshots)
     * @param maxGapSteps the most interval steps a gap search may span (a year of minutes is 525,600)
     * @param errorsShown failed market jobs listed on the overview
     */
    public record Market(
            @Min(10) @Max(100_000) int defaultCandles,
            @Min(100) @Max(200_000) int maxCandles,
            @Min(1) @Max(10_000) int maxSeries,
            @Min(1) @Max(3_660) int maxDays,
            @Min(1_000) @Max(10_000_000) int maxGapSteps,
            @Min(1) @Max(1_000) int errorsShown) {}

    /**
     * The tick pages, their API, the breakout stream and the webhook alerts (docs/decisions/0022).
     *
     * @param defaultRange how far back from a symbol's last window its windows reach when no {@code from} is given
     * @param maxWindows the most windows one request may ask for; a longer range gives its latest ones, flagged
     *     {@code truncated}
     * @param symbolBreakouts a symbol's breakouts listed when no limit is asked for
     * @param breakoutsShown the latest breakouts across all symbols listed when no limit is asked for
     * @param maxBreakouts the most breakouts one request may list
     * @param symbolsShown the symbols a search lists when no limit is asked for
     * @param maxSymbols the most symbols one search may list
     */
    public record Ticks(
            @NotNull @DurationMin(hours = 1) Duration defaultRange,
            @Min(100) @Max(100_000) int maxWindows,
            @Min(1) int symbolBreakouts,
            @Min(1) int breakoutsShown,
            @Min(1) @Max(10_000) int maxBreakouts,
            @Min(1) int symbolsShown,
            @Min(1) @Max(1_000) int maxSymbols,
            @Valid @NotNull Stream stream,
            @Valid @NotNull Alerts alerts) {

        /**
         * The server-sent events of new breakouts.
         *
         * @param pollInterval how often the database is read for new crossovers besides the notifications
         * @param heartbeat how often an idle stream gets a comment, so that proxies keep it open
         * @param timeout how long one stream lasts before the browser reconnects (resuming by its last event id)
         * @param maxStreams streams open at once on this instance; more are answered 503
         * @param maxCatchUp the most missed breakouts sent on a reconnect with {@code Last-Event-ID}
         */
        public record Stream(
                @NotNull @DurationMin(millis = 100) Duration pollInterval,
                @NotNull @DurationMin(millis = 100) Duration heartbeat,
                @NotNull @DurationMin(seconds = 1) Duration timeout,
                @Min(1) @Max(10_000) int maxStreams,
                @Min(0) @Max(10_000) int maxCatchUp) {}

        /**
         * Webhook alerts, one POST per breakout.
         *
         * @param webhookUrl where to POST; blank: alerts are not sent (pending ones are marked {@code disabled})
         * @param maxAge an alert whose window ended longer ago than this when first tried is {@code expired}, not
         *     sent: a replay of history must not flood the webhook
         * @param maxAttempts attempts before an alert is {@code failed}
         * @param backoffInitial the wait after the first failed attempt; each further failure doubles it
         * @param backoffMax the longest wait between attempts
         * @param connectTimeout how long connecting to the webhook may take
         * @param readTimeout how long the webhook may take to answer
         * @param pollInterval how often pending alerts are looked for besides the notifications
         */
        public record Alerts(
                String webhookUrl,
                @NotNull @DurationMin(seconds = 1) Duration maxAge,
                @Min(1) @Max(100) int maxAttempts,
                @NotNull @DurationMin(millis = 1) Duration backoffInitial,
                @NotNull @DurationMin(millis = 1) Duration backoffMax,
                @NotNull @DurationMin(millis = 100) Duration connectTimeout,
                @NotNull @DurationMin(millis = 100) Duration readTimeout,
                @NotNull @DurationMin(millis = 100) Duration pollInterval) {

            public boolean enabled() {
                return webhookUrl != null && !webhookUrl.isBlank();
            }

            @Override
            public String toString() {
                return "Alerts[webhookUrl=" + (enabled() ? WebhookUrl.masked(webhookUrl) : "") + ", maxAge=" + maxAge
                        + ", maxAttempts=" + maxAttempts + "]";
            }
        }
    }

    /**
     * The order book view of the market data explorer and its API.
     *
     * @param maxInstruments the most (source, symbol) pairs the instrument list gives
     * @param defaultLevels the levels per side of the latest snapshot given when no {@code levels} is asked for
     * @param maxLevels the most levels per side one request may ask for (Binance's deepest book is 5,000)
     * @param defaultSnapshots the snapshots of the history given when no {@code limit} is asked for
     * @param maxSnapshots the most snapshots one history request may ask for
     * @param depthLevels the top levels per side whose quantities the history sums when no {@code levels} is asked for
     * @param maxDepthLevels the most top levels a history request may sum: each costs every snapshot a jsonb element
     */
    public record OrderBooks(
            @Min(1) @Max(10_000) int maxInstruments,
            @Min(1) int defaultLevels,
            @Min(1) @Max(5_000) int maxLevels,
            @Min(1) int defaultSnapshots,
            @Min(1) @Max(100_000) int maxSnapshots,
            @Min(1) int depthLevels,
            @Min(1) @Max(5_000) int maxDepthLevels) {}

    /**
     * HTTP Basic login for every page and endpoint (health excepted), on when both are set.
     *
     * @param user {@code DASHBOARD_USER}
     * @param password {@code DASHBOARD_PASSWORD}; never logged or shown
     */
    public record Login(String user, String password) {

        public Login {
            boolean hasUser = user != null && !user.isBlank();
            boolean hasPassword = password != null && !password.isEmpty();
            if (hasUser != hasPassword) {
                // Half a login would leave the dashboard open while the operator believes it is closed.
                throw new IllegalArgumentException(
                        "set both DASHBOARD_USER and DASHBOARD_PASSWORD to require a login, or neither to leave the"
                                + " dashboard open");
            }
        }

        public boolean enabled() {
            return user != null && !user.isBlank();
        }

        @Override
        public String toString() {
            return "Login[user=" + user + ", password=" + (enabled() ? "***" : "") + "]";
        }
    }
}
