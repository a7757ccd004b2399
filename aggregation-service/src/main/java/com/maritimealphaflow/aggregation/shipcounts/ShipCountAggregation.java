package com.maritimealphaflow.aggregation.shipcounts;

import com.maritimealphaflow.aggregation.AggregationProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns each ended AIS batch into vessel counts, exactly once: in one transaction it takes the aggregation lock,
 * claims the batch's {@code ingestion_log} row, recounts every window the batch covers and the rollups of their hours
 * and days, and hands the windows to the other derivations ({@link BatchDerivation}: the regions' events and series).
 * A batch claimed by someone else (the listener, the polling job, another instance) is skipped.
 *
 * <p>On shutdown (the context-closed event comes before the listener and the scheduler are stopped) the batch in hand
 * is finished and committed, and no further one is begun: the rest stay pending for the next start or another
 * instance, rather than keeping a stopping service busy for a whole backlog.
 */
@Service
public class ShipCountAggregation implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ShipCountAggregation.class);

    /** What made the service look for a batch. */
    public enum Trigger {
        /** The ingestion service's NOTIFY for the batch. */
        NOTIFICATION,
        /** The listener's catch-up after it (re)connected: notifications sent while it was away are lost. */
        RECONNECT,
        /** The clustered polling job. */
        POLL;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One look for pending batches.
     *
     * @param found pending batches seen (at most the configured batches per run)
     * @param aggregated those this call aggregated; the rest were taken by someone else or failed
     * @param limit the most one run looks at
     */
    public record PendingRun(int found, int aggregated, int limit) {

        /** A full page of which some were aggregated here: another run right away may find more. */
        public boolean mayHaveMore() {
            return found == limit && aggregated > 0;
        }
    }

    private record Claimed(BatchSpan span, Aggregated result) {}

    private final IngestionBatches batches;
    private final AggregationLock lock;
    private final RawDays rawDays;
    private final DayAggregation days;
    private final WindowGrid grid;
    private final TransactionTemplate transaction;
    private final AggregationMetrics metrics;
    private final List<BatchDerivation> derivations;
    private final int batchesPerRun;
    private volatile boolean stopping;

    ShipCountAggregation(
            IngestionBatches batches,
            AggregationLock lock,
            RawDays rawDays,
            DayAggregation days,
            WindowGrid grid,
            TransactionTemplate transaction,
            AggregationMetrics metrics,
            List<BatchDerivation> derivations,
            AggregationProperties properties) {
        this.batches = batches;
        this.lock = lock;
        this.rawDays = rawDays;
        this.days = days;
        this.grid = grid;
        this.transaction = transaction;
        this.metrics = metrics;
        this.derivations = List.copyOf(derivations);
        this.batchesPerRun = properties.poll().batchesPerRun();
    }

    /** Aggregates one batch unless it is running or already aggregated; true if this call aggregated it. */
    public boolean aggregateBatch(long id, Trigger trigger) {
        if (stopping) {
            log.debug("Batch {} left pending: the service is stopping", id);
            return false;
        }
        Optional<Claimed> claimed = transaction.execute(status -> {
            lock.acquire();
            return batches.claim(id).map(span -> new Claimed(span, aggregate(span)));
        });
        if (claimed == null || claimed.isEmpty()) {
            return false;
        }
        Aggregated result = claimed.get().result();
        metrics.batchAggregated(trigger, claimed.get().span().endedAt(), result.windows());
        log.debug("Batch {} aggregated ({}): {}", id, trigger.key(), result);
        return true;
    }

    /**
     * Aggregates the oldest pending batches, at most the configured number per run, each in its own transaction. A
     * batch that fails is logged and left pending for the next run; the others go on.
     */
    public PendingRun aggregatePending(Trigger trigger) {
        List<Long> pending = batches.pending(batchesPerRun);
        int aggregated = 0;
        for (long id : pending) {
            if (stopping) {
                break;
            }
            try {
                if (aggregateBatch(id, trigger)) {
                    aggregated++;
                }
            } catch (RuntimeException e) {
                log.error("Could not aggregate batch {}; it stays pending: {}", id, e.getMessage(), e);
            }
        }
        return new PendingRun(pending.size(), aggregated, batchesPerRun);
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopping = true;
    }

    private Aggregated aggregate(BatchSpan span) {
        List<WindowRange> ranges = grid.covered(span);
        Aggregated total = Aggregated.NOTHING;
        for (LocalDate day : rawDays.kept(grid.days(ranges))) {
            SortedSet<Instant> windows = grid.startsOn(day, ranges);
            total = total.plus(days.aggregate(day, windows));
            if (!windows.isEmpty()) {
                for (BatchDerivation derivation : derivations) {
                    derivation.derive(windows.first(), windows.last().plus(grid.length()), span.listened());
                }
            }
        }
        return total;
    }
}
