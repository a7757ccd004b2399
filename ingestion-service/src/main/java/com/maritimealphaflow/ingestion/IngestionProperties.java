package com.maritimealphaflow.ingestion;

import com.maritimealphaflow.ingestion.ais.IngestionRetry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the ingestion service can be told, bound from {@code alphaflow.ingestion.*} in application.yml, where
 * each value names the environment variable that overrides it.
 */
@Validated
@ConfigurationProperties("alphaflow.ingestion")
public record IngestionProperties(
        @Valid @NotNull Ais ais, @Valid @NotNull Market market, @Valid @NotNull Liveness liveness) {

    /**
     * How the instances of the service tell that one of them died holding {@code running} rows of {@code
     * ingestion_log}. See docs/decisions/0012-batch-rows-follow-chunks.md.
     *
     * @param heartbeatInterval how often this instance proves it is alive ({@code service_instance.heartbeat_at})
     * @param grace a {@code running} row whose owner has not been heard from for this long is marked {@code
     *     abandoned}; several heartbeat intervals, so that a slow heartbeat or a short database outage does not
     *     count as a death
     * @param reapEvery how often the reaper (a clustered Quartz job, one instance per firing) looks for such rows
     */
    public record Liveness(@NotNull Duration heartbeatInterval, @NotNull Duration grace, @NotNull Duration reapEvery) {

        @AssertTrue(
                message = "grace must be at least three heartbeat intervals, heartbeat-interval and reap-every"
                        + " at least one second")
        public boolean isGraceAboveHeartbeats() {
            return heartbeatInterval == null
                    || grace == null
                    || reapEvery == null
                    || (heartbeatInterval.toMillis() >= 1000
                            && reapEvery.toMillis() >= 1000
                            && grace.compareTo(heartbeatInterval.multipliedBy(3)) >= 0);
        }
    }

    public record Ais(
            /** aisstream, nmea-tcp, nmea-udp, replay or simulator; blank chooses by whether an API key is set. */
            String source,
            @NotNull Mode mode,
            @NotNull Duration batchInterval,
            @NotNull Duration batchDuration,
            @Valid @NotNull Aisstream aisstream,
            @Valid @NotNull Nmea nmea,
            @Valid @NotNull Replay replay,
            @Valid @NotNull Simulator simulator,
            @Valid @NotNull Store store) {}

    public enum Mode {
        /** Every batch interval, stream for the batch duration, then commit. */
        BATCH,
        /** Keep the stream open and commit every batch interval. */
        CONTINUOUS
    }

    /**
     * @param boundingBoxes JSON list of boxes {@code [[[lat,lon],[lat,lon]],…]}
     * @param stallTimeout a connection that delivers no frame for this long is closed and reopened
     * @param pingInterval websocket pings keep idle connections from being dropped
     */
    public record Aisstream(
            String apiKey,
            @NotNull URI url,
            @NotBlank String boundingBoxes,
            List<String> filterMessageTypes,
            List<String> filtersShipMmsi,
            @NotNull Duration connectTimeout,
            @NotNull Duration stallTimeout,
            @NotNull Duration pingInterval,
            @Valid @NotNull IngestionRetry reconnect) {}

    public record Nmea(
            @NotBlank String host,
            @Min(1) int port,
            @Min(1) int udpPort,
            @NotNull Duration connectTimeout,
            @NotNull Duration stallTimeout,
            @Valid @NotNull IngestionRetry reconnect) {}

    /**
     * @param file aisstream JSON lines or NMEA sentences, one per line, mixed freely
     * @param speed 0 plays as fast as possible; 1 at the pace of the report times, 10 ten times faster
     */
    public record Replay(Path file, @Min(0) double speed) {}

    /**
     * @param vessels how many vessels sail the simulated lanes
     * @param messagesPerSecond the total rate of messages
     * @param seed the same seed gives the same traffic
     */
    public record Simulator(@Positive int vessels, @Positive double messagesPerSecond, long seed) {}

    /**
     * @param chunkSize reports written in one transaction
     * @param maxBufferedReports reports held while the database is unreachable before new ones are dropped
     * @param retry backoff between attempts to write a chunk
     * @param giveUpAfter a chunk that still cannot be written after this long is counted as lost
     * @param partitionsAhead days of {@code ship_position} partitions kept created ahead of today
     * @param maxFutureSkew reports dated further than this into the future are rejected
     */
    public record Store(
            @Positive int chunkSize,
            @Positive int maxBufferedReports,
            @Valid @NotNull IngestionRetry retry,
            @NotNull Duration giveUpAfter,
            @Min(1) int partitionsAhead,
            @NotNull Duration maxFutureSkew) {}

    /**
     * Market data: bar sources, their rate limits and schedules, the CSV import and the backfill runner.
     *
     * @param scheduleEnabled whether the scheduled jobs (incremental updates, reference data, order books, CSV
     *     directory) run; off by default, since the default VM may have no way out
     */
    public record Market(
            boolean scheduleEnabled,
            @Valid @NotNull Binance binance,
            @Valid @NotNull Polygon polygon,
            @Valid @NotNull Alpaca alpaca,
            @Valid @NotNull Csv csv,
            @Valid @NotNull Backfill backfill,
            @Valid @NotNull MarketHttp http,
            @Valid @NotNull Plausible plausible) {}

    /**
     * What a stored bar may look like, whatever its source (CSV line or API page), and which dates a request may name.
     * Outside these, a bar is rejected with a reason and a request parameter answered 400.
     *
     * @param earliest no bar (and no requested range) starts before this
     * @param maxAhead nor later than this after now: a bar of tomorrow is a clock or time zone error
     * @param maxValue no price or volume above this (1e12: no instrument trades at a trillion a unit)
     * @param maxDecimals no price or volume with more decimal places than this (a 1e-999999999 would be a billion
     *     digits once written out)
     */
    public record Plausible(
            @NotNull Instant earliest,
            @NotNull Duration maxAhead,
            @NotNull @Positive BigDecimal maxValue,
            @Min(0) int maxDecimals) {}

    /**
     * What the scheduled incremental job keeps current for a source: each symbol's bars of one interval, from the
     * latest stored bar forward.
     *
     * @param interval {@code 1m}, {@code 5m}, {@code 15m}, {@code 1h} or {@code 1d}
     * @param every how often the job runs
     * @param initialLookback how far back a symbol with no stored bar starts
     */
    public record Updates(
            List<String> symbols,
            @NotNull @Pattern(regexp = "1m|5m|15m|1h|1d") String interval,
            @NotNull Duration every,
            @NotNull Duration initialLookback) {}

    /**
     * @param weightLimit Binance's request weight per minute per IP (6,000)
     * @param weightMargin requests wait for the next minute once the used weight is this close to the limit
     * @param concurrency backfills of this source running at once
     */
    public record Binance(
            @NotNull URI baseUrl,
            @Min(1) int pageSize,
            @Min(1) int weightLimit,
            @Min(0) int weightMargin,
            @Min(1) int concurrency,
            @Valid @NotNull Updates updates,
            @Valid @NotNull BinanceInstruments instruments,
            @Valid @NotNull BinanceDepth depth) {}

    /**
     * Which exchangeInfo symbols are stored as instruments.
     *
     * @param permissions a symbol is kept when one of its permission sets holds one of these (empty: any)
     * @param cron when the list is refreshed (Quartz cron, UTC)
     */
    public record BinanceInstruments(
            List<String> statuses, List<String> quoteAssets, List<String> permissions, @NotBlank String cron) {}

    /** Order book snapshots of these symbols every {@code every}, {@code limit} levels a side. */
    public record BinanceDepth(List<String> symbols, @Min(1) int limit, @NotNull Duration every) {}

    /**
     * @param requestsPerMinute the plan's limit (free plan: 5); requests are spaced evenly under it
     * @param adjusted whether scheduled updates fetch split-adjusted bars
     * @param referenceCron when tickers, dividends and splits of the update symbols are refreshed (Quartz cron, UTC)
     */
    public record Polygon(
            String apiKey,
            @NotNull URI baseUrl,
            @Min(1) int pageSize,
            @Positive double requestsPerMinute,
            @Min(1) int concurrency,
            boolean adjusted,
            @Valid @NotNull Updates updates,
            @NotBlank String referenceCron) {}

    /**
     * @param feed {@code iex} (free plan) or {@code sip}
     * @param adjusted whether scheduled updates fetch adjusted bars ({@code adjustment=all}) or raw ones
     */
    public record Alpaca(
            String keyId,
            String secretKey,
            @NotNull URI dataUrl,
            @NotBlank String feed,
            @Min(1) int pageSize,
            @Positive double requestsPerMinute,
            @Min(1) int concurrency,
            boolean adjusted,
            @Valid @NotNull Updates updates) {}

    /**
     * @param directory files dropped here are imported by the scheduled scan, then moved to {@code imported/} or
     *     {@code rejected/} beside them; blank: no scan
     * @param scanEvery how often the directory is scanned
     * @param maxRejectedLines rejected lines listed by line number in a report (all are counted per reason)
     * @param chunkSize bars written to the bar store at a time while a file is read
     * @param maxLineLength characters of one line; a longer line is rejected without being held in memory
     */
    public record Csv(
            Path directory,
            @NotNull Duration scanEvery,
            @Min(1) int maxRejectedLines,
            @Min(1) int chunkSize,
            @Min(80) int maxLineLength) {}

    /**
     * @param pollInterval how often queued backfills are looked for and running ones prove they are alive
     * @param lease a running backfill whose instance has not been heard from for this long is taken over
     * @param maxSymbols symbols one request may name
     * @param settledAfter bars older than this are taken as final: a fetched range ending before it counts as
     *     covered to its end even where no bar came; a more recent one only up to its last bar
     * @param maxAhead how far after now a requested range may end (it is cut at now); beyond is a 400
     */
    public record Backfill(
            @NotNull Duration pollInterval,
            @NotNull Duration lease,
            @Min(1) int maxSymbols,
            @NotNull Duration settledAfter,
            @NotNull Duration maxAhead) {}

    /**
     * @param maxAttempts tries of one request on 5xx or a broken connection (and answers of 429 in a row)
     * @param retry backoff between those tries
     * @param defaultRetryAfter the wait after a 429 or 418 that came without Retry-After
     * @param maxRetryAfter a Retry-After longer than this fails the request instead of holding the job
     */
    public record MarketHttp(
            @NotNull Duration connectTimeout,
            @NotNull Duration requestTimeout,
            @Min(1) int maxAttempts,
            @Valid @NotNull IngestionRetry retry,
            @NotNull Duration defaultRetryAfter,
            @NotNull Duration maxRetryAfter) {}
}
