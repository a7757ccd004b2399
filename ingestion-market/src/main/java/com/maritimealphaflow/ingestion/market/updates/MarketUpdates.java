package com.maritimealphaflow.ingestion.market.updates;

import com.maritimealphaflow.ingestion.market.BarFetcher;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.BarSources;
import com.maritimealphaflow.ingestion.market.MarketIngestionLog;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.market.http.MalformedResponseException;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.model.pipeline.IngestionKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the configured symbols of a source current: each from its latest stored bar forward to now. The latest bar
 * itself is fetched again, since it may have been stored while it was still forming and the source has the final
 * one now. A symbol with no bar yet starts {@code initial-lookback} ago. One {@code ingestion_log} row
 * ({@code market-update}) per symbol; a symbol that fails does not stop the others.
 */
@Service
public class MarketUpdates {

    private static final Logger log = LoggerFactory.getLogger(MarketUpdates.class);

    private final BarSources sources;
    private final BarStore store;
    private final BarFetcher fetcher;
    private final MarketIngestionLog ingestionLog;
    private final MarketProperties settings;
    private final Clock clock;

    MarketUpdates(
            BarSources sources,
            BarStore store,
            BarFetcher fetcher,
            MarketIngestionLog ingestionLog,
            MarketProperties properties,
            Clock clock) {
        this.sources = sources;
        this.store = store;
        this.fetcher = fetcher;
        this.ingestionLog = ingestionLog;
        this.settings = properties;
        this.clock = clock;
    }

    /** The symbols the schedule keeps current for a source, blanks dropped. */
    public List<String> symbols(MarketSource source) {
        return updates(source)
                .map(u -> u.symbols() == null
                        ? List.<String>of()
                        : u.symbols().stream()
                                .map(String::strip)
                                .filter(s -> !s.isEmpty())
                                .toList())
                .orElse(List.of());
    }

    /** Returns how many bars were new or corrected. */
    public long update(MarketSource marketSource) throws InterruptedException {
        BarSource source = sources.get(marketSource);
        MarketProperties.Updates updates = updates(marketSource).orElseThrow();
        Optional<String> missing = source.missingConfiguration();
        if (missing.isPresent()) {
            log.warn("Scheduled {} updates skipped: {} is not set", marketSource.key(), missing.get());
            return 0;
        }
        // rows a dead instance left running are the reaper's (liveness.AbandonedRows), for every kind
        BarInterval interval = BarInterval.of(updates.interval());
        long stored = 0;
        for (String symbol : symbols(marketSource)) {
            BarSeries series = new BarSeries(marketSource, symbol, interval, adjusted(marketSource));
            Instant now = clock.instant();
            Instant from = store.latest(series).orElse(now.minus(updates.initialLookback()));
            if (!from.isBefore(now)) {
                continue;
            }
            stored += updateOne(source, new BarQuery(series, from, now));
        }
        return stored;
    }

    private long updateOne(BarSource source, BarQuery query) throws InterruptedException {
        long logId = ingestionLog.start(source.source(), IngestionKind.MARKET_UPDATE, clock.instant());
        MarketIngestionLog.Outcome outcome = null;
        try {
            BarFetcher.Fetched fetched = fetcher.fetch(source, query, (bars, result, rejected) -> true);
            outcome = new MarketIngestionLog.Outcome(
                    "completed",
                    fetched.received(),
                    fetched.stored(),
                    fetched.unchanged(),
                    fetched.rejected(),
                    fetched.firstBar(),
                    fetched.lastBar(),
                    null);
        } catch (MarketApiException e) {
            log.warn("Update of {} failed: {}", query.series(), e.getMessage());
            Map<String, Long> rejected =
                    e instanceof MalformedResponseException ? Map.of("malformed_body", 1L) : Map.of();
            outcome = new MarketIngestionLog.Outcome(
                    "failed", 0, 0, 0, rejected, null, null, query.symbol() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            outcome = ended("interrupted", "the ingestion service stopped during this update");
            throw e;
        } catch (RuntimeException | Error e) {
            outcome = ended("failed", query.symbol() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        } finally {
            // Closed here whatever ended the update: a row left running reads as an update still going on.
            ingestionLog.finish(
                    logId,
                    outcome == null ? ended("failed", query.symbol() + ": the update ended unexpectedly") : outcome,
                    clock.instant());
        }
        return outcome.stored();
    }

    /** An update that ended before its fetch returned: the pages it committed are stored, not counted here. */
    private static MarketIngestionLog.Outcome ended(String status, String error) {
        return new MarketIngestionLog.Outcome(status, 0, 0, 0, Map.of(), null, null, error);
    }

    private Optional<MarketProperties.Updates> updates(MarketSource source) {
        return switch (source) {
            case BINANCE -> Optional.of(settings.binance().updates());
            case POLYGON -> Optional.of(settings.polygon().updates());
            case ALPACA -> Optional.of(settings.alpaca().updates());
            case CSV -> Optional.empty();
        };
    }

    private boolean adjusted(MarketSource source) {
        return switch (source) {
            case POLYGON -> settings.polygon().adjusted();
            case ALPACA -> settings.alpaca().adjusted();
            default -> false;
        };
    }
}
