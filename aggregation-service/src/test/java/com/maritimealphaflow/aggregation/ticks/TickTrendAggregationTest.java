package com.maritimealphaflow.aggregation.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickTrendPipeline;
import com.maritimealphaflow.model.ticks.TrendSink;
import com.maritimealphaflow.model.ticks.TrendWindow;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The in-process path on PostgreSQL against the in-memory reference: windows fired by the watermark as partials are
 * handed over, EMAs per symbol in window order, crossovers with their alerts, state resumed from the database.
 */
@TestPropertySource(properties = "alphaflow.aggregation.ticks.partials-per-transaction=500")
class TickTrendAggregationTest extends DatabaseTest {

    private static final AtomicInteger RUNS = new AtomicInteger();

    @Autowired
    TickTrendAggregation aggregation;

    @Test
    void firesWindowsAsTheWatermarkPassesAndEndsWhereTheReferenceEnds() {
        String prefix = prefix();
        List<Tick> ticks = TickFeed.sample(30_000, 11, prefix);
        TickFeed feed = new TickFeed(jdbc, prefix + "stream");
        Reference reference = Reference.of(ticks);
        for (int i = 0; i < ticks.size(); i++) {
            feed.accept(ticks.get(i));
            if (i % 2_000 == 1_999) {
                feed.flush(false);
                aggregation.applyFired();
                assertThat(count(
                                "tick_partial WHERE stream_id = ? AND window_end <= "
                                        + "(SELECT max_event_time - interval '1 minute' FROM tick_stream WHERE id = ?)",
                                prefix + "stream",
                                prefix + "stream"))
                        .as("no fired window left behind after a run")
                        .isZero();
            }
        }
        feed.flush(true);
        TickTrendAggregation.Run last = aggregation.applyFired();

        assertThat(last.recomputedSymbols()).isZero();
        assertThat(feed.lateEvents()).isEqualTo(reference.pipeline.lateEvents()).isPositive();
        assertThat(storedWindows(prefix)).containsExactlyElementsOf(reference.windows);
        assertThat(storedBreakouts(prefix)).containsExactlyElementsOf(reference.breakouts);
        assertThat(count("tick_partial WHERE stream_id = ?", prefix + "stream")).isZero();
        assertThat(count(
                        "tick_alert a JOIN tick_crossover c ON c.id = a.crossover_id WHERE c.symbol LIKE ?",
                        prefix + "%"))
                .isEqualTo(reference.breakouts.size());
        for (String symbol : reference.symbols()) {
            var state = reference.pipeline.state(symbol);
            assertThat(jdbc.queryForMap(
                            "SELECT ema38, ema100, last_window, windows FROM tick_symbol WHERE symbol = ?", symbol))
                    .containsEntry("ema38", state.ema38())
                    .containsEntry("ema100", state.ema100())
                    .containsEntry("last_window", new Timestamp(state.lastWindowEnd()))
                    .containsEntry("windows", state.windows());
        }
    }

    @Test
    void theSameWindowsHandedOverTwiceChangeNothingAndAlertOnce() {
        String prefix = prefix();
        List<Tick> ticks = TickFeed.sample(5_000, 12, prefix);
        feedAll(ticks, prefix + "first");
        List<TrendWindow> before = storedWindows(prefix);
        int alerts = count(
                "tick_alert a JOIN tick_crossover c ON c.id = a.crossover_id WHERE c.symbol LIKE ?", prefix + "%");

        TickTrendAggregation.Run again = feedAll(ticks, prefix + "second");

        assertThat(again.breakouts()).isZero();
        assertThat(storedWindows(prefix)).containsExactlyElementsOf(before);
        assertThat(count(
                        "tick_alert a JOIN tick_crossover c ON c.id = a.crossover_id WHERE c.symbol LIKE ?",
                        prefix + "%"))
                .isEqualTo(alerts);
    }

    @Test
    void anEarlierPartOfTheDataArrivingLaterIsMergedAndTheEmasComputedAgain() {
        String prefix = prefix();
        List<Tick> ticks = TickFeed.sample(8_000, 13, prefix);
        Reference whole = Reference.of(ticks);
        // the second half first, as a replay of a later file would; then the first half
        feedAll(ticks.subList(ticks.size() / 2, ticks.size()), prefix + "late-file");
        TickTrendAggregation.Run earlier = feedAll(ticks.subList(0, ticks.size() / 2), prefix + "early-file");

        assertThat(earlier.recomputedSymbols()).isPositive();
        // the halves were windowed apart, so lateness cannot drop anything at the seam: compare with the reference
        // over both halves, each windowed on its own and merged by the latest event
        Reference merged =
                Reference.merged(ticks.subList(0, ticks.size() / 2), ticks.subList(ticks.size() / 2, ticks.size()));
        assertThat(storedWindows(prefix)).containsExactlyElementsOf(merged.windows);
        assertThat(storedBreakouts(prefix)).containsExactlyElementsOf(merged.breakouts);
        assertThat(whole.windows).isNotEmpty();
    }

    @Test
    void theListenerAppliesWindowsOnNotification() {
        String prefix = prefix();
        List<Tick> ticks = TickFeed.sample(3_000, 14, prefix);
        TickFeed feed = new TickFeed(jdbc, prefix + "notified");
        ticks.forEach(feed::accept);
        feed.flush(true);
        jdbc.queryForObject("SELECT pg_notify(?, ?)", Object.class, PipelineChannels.TICK_PARTIALS_COMMITTED, prefix);
        Reference reference = Reference.of(ticks);
        await().untilAsserted(() -> assertThat(storedWindows(prefix)).containsExactlyElementsOf(reference.windows));
    }

    private TickTrendAggregation.Run feedAll(List<Tick> ticks, String stream) {
        TickFeed feed = new TickFeed(jdbc, stream);
        ticks.forEach(feed::accept);
        feed.flush(true);
        return aggregation.applyFired();
    }

    private List<TrendWindow> storedWindows(String prefix) {
        return jdbc.query(
                "SELECT w.symbol, s.sec_type, w.window_end, w.close, w.last_event_time, w.ema38, w.ema100"
                        + " FROM tick_window w JOIN tick_symbol s USING (symbol)"
                        + " WHERE w.symbol LIKE ? ORDER BY w.symbol, w.window_end",
                (rs, row) -> new TrendWindow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).getTime(),
                        rs.getDouble(4),
                        rs.getTimestamp(5).getTime(),
                        rs.getDouble(6),
                        rs.getDouble(7)),
                prefix + "%");
    }

    private List<Breakout> storedBreakouts(String prefix) {
        return jdbc.query(
                "SELECT symbol, window_end, kind, last_event_time, close, ema38, ema100 FROM tick_crossover"
                        + " WHERE symbol LIKE ? ORDER BY symbol, window_end",
                (rs, row) -> new Breakout(
                        rs.getString(1),
                        rs.getTimestamp(2).getTime(),
                        com.maritimealphaflow.model.ticks.BreakoutKind.of(rs.getString(3)),
                        rs.getTimestamp(4).getTime(),
                        rs.getDouble(5),
                        rs.getDouble(6),
                        rs.getDouble(7)),
                prefix + "%");
    }

    private int count(String from, Object... args) {
        return jdbc.queryForObject("SELECT count(*) FROM " + from, Integer.class, args);
    }

    private static String prefix() {
        return "T" + Instant.now().toEpochMilli() % 100_000 + "x" + RUNS.incrementAndGet() + "-";
    }

    /** What the in-memory pipeline gives, sorted as the stored rows are read. */
    private static final class Reference implements TrendSink {
        final List<TrendWindow> windows = new ArrayList<>();
        final List<Breakout> breakouts = new ArrayList<>();
        final TickTrendPipeline pipeline = new TickTrendPipeline(TickFeed.LATENESS, this);

        static Reference of(List<Tick> ticks) {
            Reference reference = new Reference();
            ticks.forEach(reference.pipeline::accept);
            reference.pipeline.finish();
            reference.sort();
            return reference;
        }

        /** Each part windowed on its own, the closes merged by the latest event, then the EMAs over the union. */
        static Reference merged(List<Tick> first, List<Tick> second) {
            java.util.Map<String, java.util.TreeMap<Long, com.maritimealphaflow.model.ticks.WindowClose>> closes =
                    new java.util.TreeMap<>();
            for (List<Tick> part : List.of(first, second)) {
                var windower = new com.maritimealphaflow.model.ticks.EventTimeWindower(TickFeed.LATENESS);
                part.forEach(windower::accept);
                for (var close : windower.drain()) {
                    closes.computeIfAbsent(close.symbol(), s -> new java.util.TreeMap<>())
                            .merge(close.windowEnd(), close, (a, b) -> a.then(b));
                }
            }
            Reference reference = new Reference();
            closes.forEach((symbol, bySymbol) -> {
                var update = SymbolTrendUpdate.append(
                        com.maritimealphaflow.model.ticks.TrendState.INITIAL, new ArrayList<>(bySymbol.values()));
                reference.windows.addAll(update.windows());
                reference.breakouts.addAll(update.breakouts());
            });
            reference.sort();
            return reference;
        }

        @Override
        public void window(TrendWindow window) {
            windows.add(window);
        }

        @Override
        public void breakout(Breakout breakout) {
            breakouts.add(breakout);
        }

        List<String> symbols() {
            return windows.stream().map(TrendWindow::symbol).distinct().toList();
        }

        private void sort() {
            windows.sort(java.util.Comparator.comparing(TrendWindow::symbol).thenComparingLong(TrendWindow::windowEnd));
            breakouts.sort(java.util.Comparator.comparing(Breakout::symbol).thenComparingLong(Breakout::windowEnd));
        }
    }
}
