package com.maritimealphaflow.dashboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.maritimealphaflow.dashboard.support.TestProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hourly and daily averages are reused for the same range for a minute, and read afresh when the range moves. */
class TrafficCountsCacheTest {

    static final Instant LATEST = Instant.parse("2026-11-22T12:00:00Z");

    TrafficMapSnapshotTest.MovableClock clock = new TrafficMapSnapshotTest.MovableClock(LATEST.plusSeconds(400));
    CountsRepository repository = mock(CountsRepository.class);
    TrafficCounts counts = new TrafficCounts(repository, TestProperties.defaults(), clock);

    @Test
    void reusesTheAveragesOfTheSameRangeForTheTtl() {
        latestWindow(LATEST);
        when(repository.buckets(any(), any(), any())).thenReturn(List.of(row(LATEST, 5)), List.of(row(LATEST, 6)));

        assertThat(values(counts.series("7d", "auto", List.of("total")))).containsExactly(5.0);
        clock.advance(Duration.ofSeconds(59));
        assertThat(values(counts.series("7d", "auto", List.of("total")))).containsExactly(5.0);
        verify(repository, times(1)).buckets(eq(Resolution.HOUR), any(), eq(LATEST));

        clock.advance(Duration.ofSeconds(1));
        assertThat(values(counts.series("7d", "auto", List.of("total")))).containsExactly(6.0);
    }

    @Test
    void aNewWindowIsARangeOfItsOwn() {
        latestWindow(LATEST);
        when(repository.buckets(any(), any(), any())).thenReturn(List.of(row(LATEST, 5)));
        counts.series("30d", "auto", List.of());

        Instant next = LATEST.plus(Duration.ofMinutes(5));
        latestWindow(next);
        counts.series("30d", "auto", List.of());

        verify(repository).buckets(eq(Resolution.HOUR), any(), eq(LATEST));
        verify(repository).buckets(eq(Resolution.HOUR), any(), eq(next));
    }

    private void latestWindow(Instant start) {
        when(repository.latest())
                .thenReturn(Optional.of(new CountsRepository.Window(row(start, 1), start.plus(Duration.ofMinutes(5)))));
    }

    private static CountRow row(Instant time, double total) {
        double[] values = new double[CountColumns.ALL.size()];
        values[0] = total;
        return new CountRow(time, values);
    }

    private static List<Double> values(CountSeries series) {
        return series.series().get(0).values();
    }
}
