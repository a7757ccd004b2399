package com.maritimealphaflow.model.ticks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TickTrendPipelineTest {

    private static final long LATENESS = 60_000;
    private final List<TrendWindow> windows = new ArrayList<>();
    private final List<Breakout> breakouts = new ArrayList<>();
    private final TickTrendPipeline pipeline = new TickTrendPipeline(LATENESS, new TrendSink() {
        @Override
        public void window(TrendWindow window) {
            windows.add(window);
        }

        @Override
        public void breakout(Breakout breakout) {
            breakouts.add(breakout);
        }
    });

    @Test
    void windowsAreAlignedToTheEpochAndNamedByTheirEnd() {
        assertThat(TickWindows.windowEnd(at("12:00:00"))).isEqualTo(at("12:05:00"));
        assertThat(TickWindows.windowEnd(at("12:04:59.999"))).isEqualTo(at("12:05:00"));
        assertThat(TickWindows.windowEnd(at("12:05:00"))).isEqualTo(at("12:10:00"));
    }

    @Test
    void theCloseIsTheLastPriceByEventTimeNotByArrival() {
        pipeline.accept(tick("A", 10, "12:01:00"));
        pipeline.accept(tick("A", 12, "12:04:30"));
        // arrives later, happened earlier: inside the lateness, applied, but not the close
        pipeline.accept(tick("A", 11, "12:03:00"));
        pipeline.finish();
        assertThat(windows).singleElement().satisfies(w -> {
            assertThat(w.close()).isEqualTo(12);
            assertThat(w.lastEventTime()).isEqualTo(at("12:04:30"));
        });
    }

    @Test
    void anEventWithinTheLatenessStillChangesItsWindowsClose() {
        pipeline.accept(tick("A", 10, "12:04:00"));
        pipeline.accept(tick("B", 1, "12:05:50"));
        // 50 s after its window ended, lateness 60 s: not fired yet
        pipeline.accept(tick("A", 13, "12:04:59"));
        pipeline.finish();
        assertThat(windows)
                .filteredOn(w -> w.symbol().equals("A"))
                .singleElement()
                .satisfies(w -> assertThat(w.close()).isEqualTo(13));
        assertThat(pipeline.lateEvents()).isZero();
    }

    @Test
    void anEventWhoseWindowHasFiredIsCountedAndDropped() {
        pipeline.accept(tick("A", 10, "12:04:00"));
        // the window [12:00, 12:05) fires once an event at 12:06:00 or later is seen
        pipeline.accept(tick("B", 1, "12:06:00"));
        assertThat(windows).hasSize(1);
        boolean taken = pipeline.accept(tick("A", 99, "12:04:59"));
        pipeline.finish();
        assertThat(taken).isFalse();
        assertThat(pipeline.lateEvents()).isEqualTo(1);
        assertThat(windows.get(0).close()).isEqualTo(10);
    }

    @Test
    void anEmptyWindowLeavesTheEmasUnchanged() {
        pipeline.accept(tick("A", 10, "12:01:00"));
        // nothing for A in [12:05, 12:10) and [12:10, 12:15)
        pipeline.accept(tick("A", 10, "12:16:00"));
        pipeline.finish();
        assertThat(windows).extracting(TrendWindow::windowEnd).containsExactly(at("12:05:00"), at("12:20:00"));
        TrendState afterOne = TrendState.INITIAL.next(new WindowClose("A", "E", at("12:05:00"), 10, 0));
        assertThat(windows.get(1).ema38()).isEqualTo(TrendState.ema(10, afterOne.ema38(), 38));
        assertThat(windows.get(1).ema100()).isEqualTo(TrendState.ema(10, afterOne.ema100(), 100));
    }

    @Test
    void aSymbolsStateCanBeResumedFromItsRecordAlone() {
        pipeline.accept(tick("A", 10, "12:01:00"));
        pipeline.accept(tick("A", 11, "12:07:00"));
        pipeline.finish();
        TrendState stored = pipeline.state("A");
        TrendState resumed = new TrendState(stored.ema38(), stored.ema100(), stored.lastWindowEnd(), stored.windows());
        TrendStep next = TrendStep.apply(resumed, new WindowClose("A", "E", at("12:15:00"), 9, at("12:14:00")));
        assertThat(next.state().ema38()).isEqualTo(TrendState.ema(9, stored.ema38(), 38));
    }

    private static Tick tick(String symbol, double price, String time) {
        return new Tick(symbol, "E", price, at(time));
    }

    private static long at(String time) {
        return Instant.parse("2021-11-08T" + time + (time.length() == 8 ? "Z" : "Z"))
                .toEpochMilli();
    }
}
