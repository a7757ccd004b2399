package com.maritimealphaflow.aggregation.ticks;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.TrendState;
import com.maritimealphaflow.model.ticks.TrendWindow;
import com.maritimealphaflow.model.ticks.WindowClose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-process trend path's second half: fires the windows whose stream's watermark has passed and applies them to
 * each symbol's EMAs in window order ({@link com.maritimealphaflow.model.ticks.TrendStep}, the operator the Flink job
 * runs too), storing windows, crossovers with their alerts, and the symbols' states in the transaction that takes the
 * partials. A crash before the commit leaves the partials in place; after it, nothing is applied twice.
 */
@Service
public class TickTrendAggregation {

    private static final Logger log = LoggerFactory.getLogger(TickTrendAggregation.class);

    /**
     * @param partials window partials taken and applied
     * @param windows windows written (new or computed again)
     * @param breakouts new crossovers
     * @param recomputedSymbols symbols whose EMAs were computed again from an earlier window
     * @param mayHaveMore the run stopped at its bound: there may be more fired partials
     */
    public record Run(int partials, int windows, int breakouts, int recomputedSymbols, boolean mayHaveMore) {

        static final Run NONE = new Run(0, 0, 0, 0, false);

        Run plus(Run other) {
            return new Run(
                    partials + other.partials,
                    windows + other.windows,
                    breakouts + other.breakouts,
                    recomputedSymbols + other.recomputedSymbols,
                    other.mayHaveMore);
        }
    }

    private final FiredPartials fired;
    private final TickTrendStore store;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final int partialsPerTransaction;

    TickTrendAggregation(
            FiredPartials fired,
            TickTrendStore store,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            AggregationProperties properties) {
        this.fired = fired;
        this.store = store;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.partialsPerTransaction = properties.ticks().partialsPerTransaction();
    }

    /** Applies every fired partial, one bounded transaction after another. */
    public Run applyFired() {
        Run total = Run.NONE;
        Run run;
        do {
            run = transactions.execute(status -> applyOnce());
            total = total.plus(run);
        } while (run.mayHaveMore());
        if (total.partials() > 0) {
            log.debug(
                    "Applied {} tick windows: {} windows written, {} new crossovers, {} symbols recomputed",
                    total.partials(),
                    total.windows(),
                    total.breakouts(),
                    total.recomputedSymbols());
        }
        return total;
    }

    private Run applyOnce() {
        store.lock();
        List<WindowClose> closes = new ArrayList<>();
        boolean bounded = false;
        for (FiredPartials.FiredStream stream : fired.streams()) {
            int room = partialsPerTransaction - closes.size();
            List<WindowClose> taken = fired.take(stream, room);
            closes.addAll(taken);
            if (taken.size() == room) {
                bounded = true;
                break;
            }
        }
        if (closes.isEmpty()) {
            return Run.NONE;
        }
        Map<String, List<WindowClose>> bySymbol = new LinkedHashMap<>();
        for (WindowClose close : closes) {
            bySymbol.computeIfAbsent(close.symbol(), s -> new ArrayList<>()).add(close);
        }
        bySymbol.values().forEach(list -> list.sort((a, b) -> Long.compare(a.windowEnd(), b.windowEnd())));
        Map<String, TickTrendStore.StoredSymbol> states = store.states(bySymbol.keySet());
        List<SymbolTrendUpdate> updates = new ArrayList<>(bySymbol.size());
        int recomputed = 0;
        for (Map.Entry<String, List<WindowClose>> entry : bySymbol.entrySet()) {
            SymbolTrendUpdate update = update(entry.getKey(), entry.getValue(), states.get(entry.getKey()));
            if (update != null) {
                updates.add(update);
                if (!update.appended()) {
                    recomputed++;
                    store.dropCrossoversNotIn(update.symbol(), update.recomputedFrom(), update.breakouts());
                }
            }
        }
        List<TrendWindow> windows = new ArrayList<>();
        List<Breakout> breakouts = new ArrayList<>();
        for (SymbolTrendUpdate update : updates) {
            windows.addAll(update.windows());
            breakouts.addAll(update.breakouts());
        }
        store.saveWindows(windows);
        int newCrossovers = store.saveCrossovers(breakouts);
        store.saveSymbols(updates);
        if (newCrossovers > 0) {
            // delivered at commit, and only if it commits
            jdbc.queryForObject("SELECT pg_notify(?, '')", Object.class, PipelineChannels.TICK_CROSSOVERS_COMMITTED);
        }
        return new Run(closes.size(), windows.size(), newCrossovers, recomputed, bounded);
    }

    private SymbolTrendUpdate update(String symbol, List<WindowClose> closes, TickTrendStore.StoredSymbol stored) {
        TrendState state = stored == null ? TrendState.INITIAL : stored.state();
        long first = closes.get(0).windowEnd();
        if (first > state.lastWindowEnd()) {
            return SymbolTrendUpdate.append(state, closes);
        }
        String secType = closes.get(closes.size() - 1).secType();
        return SymbolTrendUpdate.recompute(
                store.stateBefore(symbol, first), store.windowsFrom(symbol, secType, first), closes);
    }
}
