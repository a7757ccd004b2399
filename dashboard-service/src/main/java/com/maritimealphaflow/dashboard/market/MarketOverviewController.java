package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.service.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The market data overview and the gaps of a stored series. */
@RestController
@RequestMapping("/api/market")
@Tag(name = "Market")
class MarketOverviewController {

    private static final int DEFAULT_DAYS = 30;

    private final MarketOverviewQueries queries;
    private final SeriesCatalog catalog;
    private final MarketCandles candles;
    private final DashboardProperties.Market settings;
    private final Clock clock;

    MarketOverviewController(
            MarketOverviewQueries queries,
            SeriesCatalog catalog,
            MarketCandles candles,
            DashboardProperties properties,
            Clock clock) {
        this.queries = queries;
        this.catalog = catalog;
        this.candles = candles;
        this.settings = properties.market();
        this.clock = clock;
    }

    @GetMapping("/overview")
    @Operation(
            summary = "What market data is stored and how its collection goes",
            description = "Instruments per source and quote asset; every stored series (source, symbol, interval,"
                    + " adjusted) with its bars, rollups among them, first and last bar; bars ingested and order"
                    + " book snapshots per UTC day over the last 'days'; the market schedules with their last and"
                    + " next firing and the last run of each kind; the latest failed market jobs.")
    MarketOverview overview(
            @RequestParam(required = false)
                    @Parameter(description = "Days of the per-day counts, 1 to the configured maximum (default 30).")
                    Integer days) {
        int chosenDays = days == null ? Math.min(DEFAULT_DAYS, settings.maxDays()) : days;
        if (chosenDays < 1 || chosenDays > settings.maxDays()) {
            throw new BadRequestException(
                    "days", "'days' must lie between 1 and " + settings.maxDays() + ", was " + chosenDays);
        }
        Instant since = LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .minusDays(chosenDays - 1L)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        List<StoredSeries> series = catalog.listCounted(settings.maxSeries() + 1);
        boolean truncated = series.size() > settings.maxSeries();
        return new MarketOverview(
                chosenDays,
                queries.instruments(),
                truncated ? series.subList(0, settings.maxSeries()) : series,
                truncated,
                queries.barsIngested(since),
                queries.orderBookSnapshots(since),
                queries.schedules(),
                queries.lastRuns(),
                queries.failures(settings.errorsShown()));
    }

    @GetMapping("/gaps")
    @Operation(
            summary = "Missing bars of a stored series, by its market's calendar",
            description = "Bars the calendar expects in [from, to) (default: the whole series) that are not stored,"
                    + " less the ranges the source was asked for in full (nights, weekends and holidays of a stock"
                    + " are not gaps; any missing minute of a crypto pair is). The backfills fill the same gaps.")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid; the response names it")
    @ApiResponse(responseCode = "404", description = "No bars of the instrument at the interval")
    SeriesGaps gaps(
            @RequestParam(required = false) @Parameter(required = true) String symbol,
            @RequestParam(required = false) @Parameter(required = true, description = "1m … 1d") String interval,
            @RequestParam(required = false) @Parameter(description = "Start (inclusive), ISO-8601") Instant from,
            @RequestParam(required = false) @Parameter(description = "End (exclusive), ISO-8601") Instant to,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Boolean adjusted) {
        return candles.gaps(
                MarketParameters.symbol(symbol),
                MarketParameters.interval(interval),
                from,
                to,
                MarketParameters.source(source),
                adjusted);
    }
}
