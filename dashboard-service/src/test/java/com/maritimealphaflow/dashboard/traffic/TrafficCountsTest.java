package com.maritimealphaflow.dashboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Rollup;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The gauge and the counts series against known windows in {@code ship_count_agg}, on PostgreSQL. */
class TrafficCountsTest extends DatabaseTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final Instant LATEST = Instant.parse("2026-11-20T12:00:00Z");

    @Autowired
    TrafficCounts counts;

    @BeforeEach
    void emptyTables() {
        seed.emptyTables();
    }

    @Test
    void gaugeAveragesTheWindowsOfTheLast72HoursByTimeNotTheLast72Rows() {
        window(0, 400);
        for (int i = 1; i < 72; i++) {
            window(i, 300); // the last six hours: what "the last 72 rows" would have averaged
        }
        for (int i = 72; i < 864; i++) {
            window(i, 100);
        }
        window(864, 10_000); // exactly 72 hours before the latest: outside (latest − 72 h, latest]
        window(900, 5_000);

        Gauge gauge = counts.gauge();

        // (400 + 71 × 300 + 792 × 100) / 864 = 100,900 / 864
        assertThat(gauge.value()).isEqualTo(400);
        assertThat(gauge.smaWindows()).isEqualTo(864);
        assertThat(gauge.sma()).isCloseTo(116.782407, within(1e-6));
        assertThat(gauge.differencePercent()).isCloseTo(242.517344, within(1e-6));
        assertThat(gauge.smaComplete()).isTrue();
        assertThat(gauge.smaCoverageSeconds()).isEqualTo(72 * 3600);
        assertThat(gauge.windowStart()).isEqualTo(LATEST);
        assertThat(gauge.windowEnd()).isEqualTo(LATEST.plus(FIVE_MINUTES));
    }

    @Test
    void gaugeAveragesOnlyTheWindowsThatExistWhenSomeAreMissing() {
        window(0, 10);
        window(12, 20); // an hour before
        window(852, 30); // 71 hours before
        window(876, 1_000); // 73 hours before: outside

        Gauge gauge = counts.gauge();

        assertThat(gauge.smaWindows()).isEqualTo(3);
        assertThat(gauge.sma()).isEqualTo(20.0);
        assertThat(gauge.differencePercent()).isEqualTo(-50.0);
    }

    @Test
    void gaugeSaysTheAverageCoversLessThan72HoursWhileHistoryIsShort() {
        window(0, 50);
        for (int i = 1; i < 12; i++) {
            window(i, 20);
        }

        Gauge gauge = counts.gauge();

        // (50 + 11 × 20) / 12 = 22.5, and 50 is 122.2 % above it
        assertThat(gauge.sma()).isEqualTo(22.5);
        assertThat(gauge.differencePercent()).isCloseTo(122.222222, within(1e-6));
        assertThat(gauge.smaComplete()).isFalse();
        assertThat(gauge.smaCoverageSeconds()).isEqualTo(3600);
        assertThat(gauge.categories()).containsEntry("cargo", 20).containsEntry("unknown", 30);
    }

    @Test
    void gaugeOfAnEmptyTableHasNoValue() {
        Gauge gauge = counts.gauge();

        assertThat(gauge.value()).isNull();
        assertThat(gauge.sma()).isNull();
        assertThat(gauge.smaWindows()).isZero();
        assertThat(gauge.smaSpanSeconds()).isEqualTo(72 * 3600);
    }

    @Test
    void twentyFourHoursGiveEveryWindowOfTheLastDayUpToTheNewest() {
        for (int i = 0; i < 300; i++) {
            window(i, i);
        }

        CountSeries series = counts.series("24h", "auto", List.of("total", "cargo"));

        assertThat(series.resolution()).isEqualTo("window");
        assertThat(series.stepSeconds()).isEqualTo(300);
        assertThat(series.times()).hasSize(288).endsWith(LATEST).startsWith(LATEST.minus(Duration.ofMinutes(5 * 287)));
        assertThat(series.series()).extracting(CountSeries.Series::category).containsExactly("total", "cargo");
        assertThat(series.series().get(0).values()).startsWith(287.0).endsWith(0.0);
    }

    @Test
    void sevenDaysAverageTheWindowsOfEachUtcHour() {
        // 11:00–11:55: totals 0..11 (average 5.5); 12:00: total 100 (the newest hour has one window so far)
        for (int i = 1; i <= 12; i++) {
            window(i, 12 - i);
        }
        window(0, 100);

        CountSeries series = counts.series("7d", "auto", List.of("total"));

        assertThat(series.resolution()).isEqualTo("hour");
        assertThat(series.times())
                .containsExactly(Instant.parse("2026-11-20T11:00:00Z"), Instant.parse("2026-11-20T12:00:00Z"));
        assertThat(series.series().get(0).values()).containsExactly(5.5, 100.0);
    }

    @Test
    void allOfItAveragesTheWindowsOfEachUtcDay() {
        window(0, 10); // 2026-11-20 12:00
        window(1, 20); // 11:55
        window(12 * 24, 7); // 2026-11-19 12:00

        CountSeries series = counts.series("all", "auto", List.of("total"));

        assertThat(series.resolution()).isEqualTo("day");
        assertThat(series.times())
                .containsExactly(Instant.parse("2026-11-19T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(series.series().get(0).values()).containsExactly(7.0, 15.0);
    }

    @Test
    void longRangesReadTheAggregationServicesRollupsWhenTheyExist() {
        window(0, 10); // 2026-11-20 12:00
        window(12 * 24, 7); // 2026-11-19 12:00
        // Rollups that differ from the windows' own averages, to tell which was read.
        seed.shipCounts()
                .insert(
                        new Rollup("day", Instant.parse("2026-11-19T00:00:00Z"), "total", 288, 41.5, 1, 90, 120),
                        new Rollup("day", Instant.parse("2026-11-20T00:00:00Z"), "total", 145, 42.5, 2, 95, 130),
                        new Rollup("day", Instant.parse("2026-11-20T00:00:00Z"), "cargo", 145, 12.0, 0, 30, 40));

        CountSeries series = counts.series("all", "auto", List.of("total", "cargo"));

        assertThat(series.resolution()).isEqualTo("day");
        assertThat(series.times())
                .containsExactly(Instant.parse("2026-11-19T00:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"));
        assertThat(series.series().get(0).values()).containsExactly(41.5, 42.5);
        assertThat(series.series().get(1).values()).containsExactly(0.0, 12.0);
    }

    @Test
    void refusesAResolutionThatWouldGiveTooManyPoints() {
        window(0, 1);
        window(12 * 24 * 30, 1); // thirty days earlier: 8,641 five-minute points

        assertThatThrownBy(() -> counts.series("all", "window", List.of()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.parameter())
                        .isEqualTo("resolution"))
                .hasMessageContaining("8,641 points");
    }

    @Test
    void seriesOfAnEmptyTableIsEmpty() {
        CountSeries series = counts.series("6h", "auto", List.of());

        assertThat(series.times()).isEmpty();
        assertThat(series.from()).isNull();
        assertThat(series.series())
                .extracting(CountSeries.Series::category)
                .containsExactly("total", "cargo", "tanker", "passenger");
    }

    /** The window {@code i} intervals before the latest; 40 % cargo, 60 % unknown. */
    private void window(int i, int total) {
        Instant start = LATEST.minus(FIVE_MINUTES.multipliedBy(i));
        int cargo = total * 40 / 100;
        seed.shipCounts()
                .insert(Window.fiveMinutes(start, total)
                        .with(VesselCategory.CARGO, cargo)
                        .with(VesselCategory.UNKNOWN, total - cargo));
    }
}
