package com.maritimealphaflow.ingestion.market;

import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.market.bars.PlausibleBars;
import com.maritimealphaflow.ingestion.market.bars.StoredBars;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches a range from a source page by page and stores each page's plausible bars (see {@link PlausibleBars}; the
 * others are counted per reason) in its own transaction, together with whatever
 * progress the caller records for it: a page is stored whole or not at all, and a restart finds exactly the pages
 * that were counted. A range fetched to its end is recorded as covered (see {@link BarStore#covered}), up to the last
 * bar received for the recent past, where a source may not have published everything yet.
 */
@Service
public class BarFetcher {

    private final BarStore store;
    private final PlausibleBars plausible;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration settledAfter;
    private final MeterRegistry meters;

    public BarFetcher(
            BarStore store,
            PlausibleBars plausible,
            TransactionTemplate transaction,
            Clock clock,
            MarketProperties properties,
            MeterRegistry meters) {
        this.store = store;
        this.plausible = plausible;
        this.transaction = transaction;
        this.clock = clock;
        this.settledAfter = properties.backfill().settledAfter();
        this.meters = meters;
    }

    /** Told of each stored page inside its transaction. */
    @FunctionalInterface
    public interface PageListener {
        /**
         * @param bars the page's plausible bars, those written
         * @param rejected the page's other bars, counted per reason; not stored
         * @return false to stop after this page (the job was cancelled)
         */
        boolean stored(List<Bar> bars, StoredBars result, Map<String, Long> rejected);
    }

    /** What a fetch did. */
    public record Fetched(
            long pages,
            long received,
            long stored,
            long unchanged,
            Map<String, Long> rejected,
            Instant firstBar,
            Instant lastBar,
            boolean complete) {}

    public Fetched fetch(BarSource source, BarQuery query, PageListener listener)
            throws MarketApiException, InterruptedException {
        long pages = 0;
        long received = 0;
        long stored = 0;
        long unchanged = 0;
        Instant first = null;
        Instant last = null;
        Map<String, Long> rejected = new LinkedHashMap<>();
        String cursor = null;
        do {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            BarPage page = source.fetch(query, cursor);
            List<Bar> plausibleBars = new ArrayList<>(page.bars().size());
            Map<String, Long> pageRejected = new LinkedHashMap<>();
            for (Bar bar : page.bars()) {
                plausible
                        .problem(bar)
                        .ifPresentOrElse(
                                reason -> pageRejected.merge(reason, 1L, Long::sum), () -> plausibleBars.add(bar));
            }
            pageRejected.forEach((reason, n) -> rejected.merge(reason, n, Long::sum));
            StoredBars[] result = {StoredBars.NONE};
            Boolean goOn = transaction.execute(status -> {
                result[0] = store.write(query.series(), plausibleBars);
                return listener.stored(plausibleBars, result[0], pageRejected);
            });
            stored += result[0].stored();
            unchanged += result[0].unchanged();
            count(query, "alphaflow.market.pages", 1);
            count(query, "alphaflow.market.bars.stored", result[0].stored());
            count(query, "alphaflow.market.bars.unchanged", result[0].unchanged());
            count(query, "alphaflow.market.bars.rejected", page.bars().size() - plausibleBars.size());
            pages++;
            received += page.bars().size();
            for (Bar bar : plausibleBars) {
                first = first == null || bar.time().isBefore(first) ? bar.time() : first;
                last = last == null || bar.time().isAfter(last) ? bar.time() : last;
            }
            if (!Boolean.TRUE.equals(goOn)) {
                return new Fetched(pages, received, stored, unchanged, rejected, first, last, false);
            }
            cursor = page.next();
        } while (cursor != null);
        Instant coveredTo = query.to();
        if (coveredTo.isAfter(clock.instant().minus(settledAfter))) {
            coveredTo = last == null
                    ? query.from()
                    : min(coveredTo, last.plus(query.interval().length()));
        }
        store.covered(query.series(), query.from(), coveredTo);
        return new Fetched(pages, received, stored, unchanged, rejected, first, last, true);
    }

    private void count(BarQuery query, String name, long amount) {
        meters.counter(name, "source", query.series().source().key()).increment(amount);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
