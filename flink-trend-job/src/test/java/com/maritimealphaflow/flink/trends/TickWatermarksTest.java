package com.maritimealphaflow.flink.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.ticks.Tick;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class TickWatermarksTest {

    private static final long FIVE_MINUTES = 300_000;

    @Test
    void emitsTheWatermarkRoundedDownToTheLastMillisecondOfAWindowWhenThatChanges() {
        List<Long> emitted = new ArrayList<>();
        WatermarkOutput output = new WatermarkOutput() {
            @Override
            public void emitWatermark(Watermark watermark) {
                emitted.add(watermark.getTimestamp());
            }

            @Override
            public void markIdle() {}

            @Override
            public void markActive() {}
        };
        TickWatermarks generator = new TickWatermarks(60_000);
        long t0 = 1_000 * FIVE_MINUTES;
        for (long time : new long[] {t0 + 10, t0 + 60_000, t0 + 360_000, t0 + 360_001, t0 + 200, t0 + 660_001}) {
            generator.onEvent(new Tick("A", "E", 1, time), time, output);
        }
        // max − 1 min − 1 ms, rounded down to k·5 min − 1: the window ending t0 + 5 min fires at max = t0 + 6 min
        assertThat(emitted)
                .containsExactly(t0 - FIVE_MINUTES - 1, t0 - 1, t0 + FIVE_MINUTES - 1, t0 + 2 * FIVE_MINUTES - 1);
    }

    @Test
    void roundsToWindowBoundaries() {
        assertThat(TickWatermarks.windowAligned(FIVE_MINUTES - 1)).isEqualTo(FIVE_MINUTES - 1);
        assertThat(TickWatermarks.windowAligned(FIVE_MINUTES - 2)).isEqualTo(-1);
        assertThat(TickWatermarks.windowAligned(FIVE_MINUTES)).isEqualTo(FIVE_MINUTES - 1);
        assertThat(TickWatermarks.windowAligned(-2)).isEqualTo(-FIVE_MINUTES - 1);
    }
}
