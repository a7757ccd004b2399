package com.maritimealphaflow.flink.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.ticks.Breakout;
import com.maritimealphaflow.model.ticks.BreakoutKind;
import com.maritimealphaflow.model.ticks.Tick;
import com.maritimealphaflow.model.ticks.TickTrendPipeline;
import com.maritimealphaflow.model.ticks.TrendSink;
import com.maritimealphaflow.model.ticks.TrendWindow;
import com.maritimealphaflow.model.ticks.WindowClose;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operator on Flink's MiniCluster with hand-built ticks and hand-computed EMAs. */
class FlinkTrendsTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    private static final Duration LATENESS = Duration.ofMinutes(1);

    private record Results(List<TrendWindow> windows, List<Breakout> breakouts, List<WindowClose> late) {}

    private static long at(String time) {
        return Instant.parse("2021-11-08T" + time + "Z").toEpochMilli();
    }

    private static Tick tick(String symbol, String time, double price) {
        return new Tick(symbol, "E", price, at(time));
    }

    private static Results runOnFlink(List<Tick> ticks, int parallelism) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(parallelism);
        TickTrendJob.Trends trends =
                TickTrendJob.trends(env.fromData(TypeInformation.of(Tick.class), ticks.toArray(Tick[]::new))
                        .setParallelism(1)
                        .assignTimestampsAndWatermarks(TickWatermarks.strategy(LATENESS))
                        .setParallelism(1));
        List<TrendWindow> windows = new ArrayList<>();
        List<Breakout> breakouts = new ArrayList<>();
        List<WindowClose> late = new ArrayList<>();
        try (CloseableIterator<TrendUpdate> u = trends.updates().collectAsync();
                CloseableIterator<Breakout> b = trends.breakouts().collectAsync();
                CloseableIterator<WindowClose> l = trends.late().collectAsync()) {
            env.execute("hand-built ticks");
            u.forEachRemaining(update -> windows.add(update.window()));
            b.forEachRemaining(breakouts::add);
            l.forEachRemaining(late::add);
        }
        windows.sort(Comparator.comparing(TrendWindow::symbol).thenComparing(TrendWindow::windowEnd));
        breakouts.sort(Comparator.comparing(Breakout::symbol).thenComparing(Breakout::windowEnd));
        return new Results(windows, breakouts, late);
    }

    private static Results runInProcess(List<Tick> ticks) {
        List<TrendWindow> windows = new ArrayList<>();
        List<Breakout> breakouts = new ArrayList<>();
        TickTrendPipeline pipeline = new TickTrendPipeline(LATENESS.toMillis(), new TrendSink() {
            @Override
            public void window(TrendWindow window) {
                windows.add(window);
            }

            @Override
            public void breakout(Breakout breakout) {
                breakouts.add(breakout);
            }
        });
        ticks.forEach(pipeline::accept);
        pipeline.finish();
        windows.sort(Comparator.comparing(TrendWindow::symbol).thenComparing(TrendWindow::windowEnd));
        breakouts.sort(Comparator.comparing(Breakout::symbol).thenComparing(Breakout::windowEnd));
        assertThat(pipeline.lateEvents()).isEqualTo(ticksLate(ticks));
        return new Results(windows, breakouts, List.of());
    }

    private static long ticksLate(List<Tick> ticks) {
        return ticks.stream().filter(t -> t.price() == 99).count();
    }

    private static double ema(double close, double previous, int j) {
        double alpha = 2.0 / (1 + j);
        return close * alpha + previous * (1 - alpha);
    }

    @Test
    void appliesOutOfOrderEventsWithinTheLatenessAndDropsLaterOnes() throws Exception {
        List<Tick> ticks = List.of(
                tick("A", "12:00:10", 10),
                tick("A", "12:04:50", 12),
                tick("A", "12:04:30", 11), // earlier than the window's latest: not its close
                tick("A", "12:05:30", 13),
                tick("A", "12:04:59", 14), // window 12:05 has not fired (12:05 + 1 min > 12:05:30): the new close
                tick("A", "12:06:00", 15), // fires window 12:05
                tick("A", "12:04:58", 99)); // its window has fired: late, dropped
        Results flink = runOnFlink(ticks, 2);

        double ema38 = ema(14, 0, 38);
        double ema100 = ema(14, 0, 100);
        assertThat(flink.windows())
                .containsExactly(
                        new TrendWindow("A", "E", at("12:05:00"), 14, at("12:04:59"), ema38, ema100),
                        new TrendWindow(
                                "A",
                                "E",
                                at("12:10:00"),
                                15,
                                at("12:06:00"),
                                ema(15, ema38, 38),
                                ema(15, ema100, 100)));
        assertThat(flink.breakouts())
                .containsExactly(
                        new Breakout("A", at("12:05:00"), BreakoutKind.BULLISH, at("12:04:59"), 14, ema38, ema100));
        assertThat(flink.late()).extracting(WindowClose::close).containsExactly(99.0);
        assertThat(flink.windows()).isEqualTo(runInProcess(ticks).windows());
    }

    @Test
    void aWindowWithoutEventsLeavesTheEmasUnchanged() throws Exception {
        List<Tick> ticks = List.of(
                tick("B", "12:01:00", 100),
                tick("C", "12:02:00", 50),
                tick("C", "12:07:00", 51),
                tick("C", "12:12:00", 52),
                tick("B", "12:16:00", 1), // B had no events in the windows ending 12:10 and 12:15
                tick("C", "12:17:00", 53));
        Results flink = runOnFlink(ticks, 2);

        List<TrendWindow> b =
                flink.windows().stream().filter(w -> w.symbol().equals("B")).toList();
        double ema38 = ema(100, 0, 38);
        double ema100 = ema(100, 0, 100);
        assertThat(b)
                .containsExactly(
                        new TrendWindow("B", "E", at("12:05:00"), 100, at("12:01:00"), ema38, ema100),
                        new TrendWindow(
                                "B", "E", at("12:20:00"), 1, at("12:16:00"), ema(1, ema38, 38), ema(1, ema100, 100)));
        assertThat(flink.windows()).filteredOn(w -> w.symbol().equals("C")).hasSize(4);
        Results inProcess = runInProcess(ticks);
        assertThat(flink.windows()).isEqualTo(inProcess.windows());
        assertThat(flink.breakouts()).isEqualTo(inProcess.breakouts());
    }

    @Test
    void findsBearishBreakoutsLikeTheInProcessPath() throws Exception {
        List<Tick> ticks = new ArrayList<>();
        // 20 windows at 100 lift EMA38 well above EMA100; 25 at 1 bring it below (after about 22)
        double[] prices = new double[45];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = i < 20 ? 100 : 1;
            ticks.add(new Tick("D", "I", prices[i], at("12:00:00") + i * 300_000L + 1_000));
        }
        Results flink = runOnFlink(ticks, 1);
        Results inProcess = runInProcess(ticks);
        assertThat(flink.windows()).hasSize(prices.length).isEqualTo(inProcess.windows());
        assertThat(flink.breakouts()).isEqualTo(inProcess.breakouts());
        assertThat(flink.breakouts()).extracting(Breakout::kind).contains(BreakoutKind.BEARISH);
    }
}
