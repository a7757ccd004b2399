package com.maritimealphaflow.ingestion.backfill;

import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.BarSources;
import com.maritimealphaflow.ingestion.market.MarketParameters;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.bars.PlausibleBars;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import com.maritimealphaflow.service.jobs.JobStatuses;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Backfills requested over the API: checked, stored as {@code queued} and handed to the runner; read back with their
 * progress; cancelled.
 */
@Service
public class BackfillService {

    static final Set<String> STATUSES = JobStatuses.ALL;

    private final BackfillJobs jobs;
    private final BackfillViews views;
    private final BackfillRunner runner;
    private final BarSources sources;
    private final MarketProperties settings;
    private final PlausibleBars plausible;
    private final Clock clock;

    BackfillService(
            BackfillJobs jobs,
            BackfillViews views,
            BackfillRunner runner,
            BarSources sources,
            MarketProperties properties,
            PlausibleBars plausible,
            Clock clock) {
        this.jobs = jobs;
        this.views = views;
        this.runner = runner;
        this.sources = sources;
        this.settings = properties;
        this.plausible = plausible;
        this.clock = clock;
    }

    public Backfill request(BackfillRequest request) {
        if (request == null) {
            throw new BadRequestException(
                    null, "the body must be a JSON object with source, symbols, interval, from and to");
        }
        MarketSource source = source(request.source());
        BarSource bars = sources.find(source)
                .orElseThrow(() -> new BadRequestException(
                        "source",
                        "source '" + MarketParameters.quoted(request.source()) + "' cannot be"
                                + " backfilled: CSV files are imported with POST /api/market/csv"));
        bars.missingConfiguration().ifPresent(missing -> {
            throw new BadRequestException(
                    "source", "source '" + source.key() + "' needs " + missing + ", which is not set on this service");
        });
        List<String> symbols = symbols(request.symbols());
        BarInterval interval = interval(request.interval(), bars);
        Instant earliest = plausible.earliest();
        Instant latest = clock.instant().plus(settings.backfill().maxAhead());
        Instant from = MarketParameters.time("from", request.from(), earliest, latest);
        Instant to = MarketParameters.time("to", request.to(), earliest, latest);
        if (!to.isAfter(from)) {
            throw new BadRequestException("to", "'to' (" + to + ") must be after 'from' (" + from + ")");
        }
        Instant now = clock.instant();
        if (!from.isBefore(now)) {
            throw new BadRequestException("from", "'from' (" + from + ") is in the future: there are no bars yet");
        }
        // Bars of the future do not exist yet: the range ends now at the latest.
        if (to.isAfter(now)) {
            to = now;
        }
        boolean adjusted = adjusted(source, request.adjusted());
        long id = jobs.insert(source.key(), symbols, interval.key(), adjusted, from, to);
        Backfill queued = get(id);
        runner.wake();
        return queued;
    }

    public Backfill get(long id) {
        return views.find(id).orElseThrow(() -> new NotFoundException("There is no backfill " + id));
    }

    public List<Backfill> recent(int limit, String status) {
        JobStatuses.check(status);
        return views.recent(limit, status);
    }

    /** Cancels a queued or running backfill; one that has ended already is a conflict. */
    public Backfill cancel(long id) {
        Backfill backfill = get(id);
        if (!jobs.cancel(id)) {
            throw new BackfillEndedException(id, backfill.status());
        }
        return get(id);
    }

    private static MarketSource source(String key) {
        if (key == null || key.isBlank()) {
            throw new BadRequestException("source", "'source' is required: binance, polygon or alpaca");
        }
        return MarketSource.parse(key.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadRequestException(
                        "source", "unknown source '" + MarketParameters.quoted(key) + "': binance, polygon or alpaca"));
    }

    private List<String> symbols(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new BadRequestException("symbols", "'symbols' is required: a list such as [\"BTCUSDT\"]");
        }
        Set<String> symbols = new LinkedHashSet<>();
        for (String symbol : requested) {
            symbols.add(MarketParameters.symbol("symbols", symbol));
        }
        if (symbols.size() > settings.backfill().maxSymbols()) {
            throw new BadRequestException(
                    "symbols", "at most " + settings.backfill().maxSymbols() + " symbols per backfill");
        }
        return new ArrayList<>(symbols);
    }

    private static BarInterval interval(String key, BarSource source) {
        if (key == null || key.isBlank()) {
            throw new BadRequestException("interval", "'interval' is required: one of " + keys(source));
        }
        BarInterval interval = BarInterval.parse(key.strip())
                .orElseThrow(() -> new BadRequestException(
                        "interval", "unknown interval '" + MarketParameters.quoted(key) + "': one of " + keys(source)));
        if (!source.intervals().contains(interval)) {
            throw new BadRequestException(
                    "interval",
                    source.source().key() + " does not offer " + interval.key() + " bars: one of " + keys(source));
        }
        return interval;
    }

    private static List<String> keys(BarSource source) {
        return source.intervals().stream().map(BarInterval::key).toList();
    }

    private boolean adjusted(MarketSource source, Boolean requested) {
        return switch (source) {
            case POLYGON -> requested == null ? settings.polygon().adjusted() : requested;
            case ALPACA -> requested == null ? settings.alpaca().adjusted() : requested;
            default -> {
                if (Boolean.TRUE.equals(requested)) {
                    throw new BadRequestException(
                            "adjusted", source.key() + " bars are not adjusted: leave 'adjusted' out or false");
                }
                yield false;
            }
        };
    }
}
