package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.service.retry.RetrySettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
 * Everything the market side of the ingestion service can be told, bound from {@code alphaflow.ingestion.market.*}
 * in ingestion-market.yml: bar sources, their rate limits and schedules, the CSV import and the backfill runner.
 *
 * @param scheduleEnabled whether the scheduled jobs (incremental updates, reference data, order books, CSV
 *     directory) run; off by default, since the default VM may have no way out
 */
@Validated
@ConfigurationProperties("alphaflow.ingestion.market")
public record MarketProperties(
        boolean scheduleEnabled,
        @Valid @NotNull Binance binance,
        @Valid @NotNull Polygon polygon,
        @Valid @NotNull Alpaca alpaca,
        @Valid @NotNull Csv csv,
        @Valid @NotNull Backfill backfill,
        @Valid @NotNull MarketHttp http,
        @Valid @NotNull Plausible plausible) {
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
            @NotNull String interval,
            @NotNull Duration every,
            @NotNull Duration initialLookback) {

        @AssertTrue(message = "interval must be a bar interval key, such as 1m or 1d")
        public boolean isIntervalKnown() {
            return interval == null || BarInterval.parse(interval).isPresent();
        }
    }

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
            @Valid @NotNull RetrySettings retry,
            @NotNull Duration defaultRetryAfter,
            @NotNull Duration maxRetryAfter) {}
}
