package com.maritimealphaflow.dashboard.research.leadlag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TransformsTest {

    private static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");

    @Test
    void turnsPricesIntoLogReturnsStampedAtTheLaterTime() {
        TimeSeries returns = Transforms.logReturns(daily(100, 110, 99));

        assertThat(returns.times()).containsExactly(day(1), day(2));
        assertThat(returns.values()[0]).isCloseTo(Math.log(1.1), within(1e-15));
        assertThat(returns.values()[1]).isCloseTo(Math.log(0.9), within(1e-15));
    }

    @Test
    void refusesANonPositivePrice() {
        assertThatThrownBy(() -> Transforms.logReturns(daily(100, 0, 99)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("log returns need positive prices; got 0.0 at 2026-01-06T00:00:00Z");
    }

    @Test
    void takesDifferencesAndPercentChangesLeavingAZeroBaseMissing() {
        TimeSeries counts = daily(10, 15, 0, 4);

        assertThat(Transforms.traffic(counts, TrafficTransform.FIRST_DIFFERENCE).values())
                .containsExactly(5, -15, 4);
        assertThat(Transforms.traffic(counts, TrafficTransform.PERCENT_CHANGE).values())
                .containsExactly(50, -100, Double.NaN);
        assertThat(Transforms.traffic(counts, TrafficTransform.LEVEL)).isSameAs(counts);
    }

    @Test
    void subtractsTheHourOfWeekMeanOverTheSample() {
        int hours = 2 * 168;
        List<Instant> times = IntStream.range(0, hours)
                .mapToObj(h -> MONDAY.plus(Duration.ofHours(h)))
                .toList();
        // Slot s of week w holds s + 10 w: the slot mean is s + 5.
        double[] values = IntStream.range(0, hours)
                .mapToDouble(h -> h % 168 + 10 * (h / 168))
                .toArray();

        double[] deviations = Transforms.traffic(new TimeSeries(times, values), TrafficTransform.HOUR_OF_WEEK_DEVIATION)
                .values();

        assertThat(deviations).containsOnly(-5, 5);
        assertThat(deviations[0]).isEqualTo(-5);
        assertThat(deviations[168]).isEqualTo(5);
    }

    @Test
    void subtractsTheDayOfWeekMeanIgnoringMissingDays() {
        double[] values = new double[21];
        for (int d = 0; d < values.length; d++) {
            values[d] = d % 7 == 2 ? 100 + d : d % 7;
        }
        values[9] = Double.NaN; // the second Wednesday; the Wednesday mean is of days 2 and 16

        double[] deviations = Transforms.traffic(daily(values), TrafficTransform.DAY_OF_WEEK_DEVIATION)
                .values();

        assertThat(deviations[0]).isZero();
        assertThat(deviations[2]).isEqualTo(-7);
        assertThat(deviations[9]).isNaN();
        assertThat(deviations[16]).isEqualTo(7);
    }

    @Test
    void numbersSlotsFromMondayMidnightUtc() {
        assertThat(Transforms.hourOfWeek(MONDAY)).isZero();
        assertThat(Transforms.hourOfWeek(Instant.parse("2026-01-11T23:30:00Z"))).isEqualTo(167);
        assertThat(Transforms.dayOfWeek(Instant.parse("2026-01-11T23:30:00Z"))).isEqualTo(6);
    }

    static TimeSeries daily(double... values) {
        return new TimeSeries(
                IntStream.range(0, values.length).mapToObj(TransformsTest::day).toList(), values);
    }

    static Instant day(int index) {
        return MONDAY.plus(Duration.ofDays(index));
    }
}
