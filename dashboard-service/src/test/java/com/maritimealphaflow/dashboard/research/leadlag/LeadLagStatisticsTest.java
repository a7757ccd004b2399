package com.maritimealphaflow.dashboard.research.leadlag;

import static com.maritimealphaflow.dashboard.research.leadlag.TransformsTest.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The whole study on synthetic daily data whose answer is known. */
class LeadLagStatisticsTest {

    @Test
    void findsThatTrafficChangesLeadReturnsByTwoDays() {
        Random random = new Random(11);
        int days = 250;
        double[] counts = new double[days];
        double[] prices = new double[days];
        double[] change = new double[days];
        counts[0] = 1_000;
        prices[0] = 50;
        for (int t = 1; t < days; t++) {
            change[t] = 20 * random.nextGaussian();
            counts[t] = counts[t - 1] + change[t];
            double logReturn = 0.0005 * change[t - (t >= 2 ? 2 : 1)] + 0.005 * random.nextGaussian();
            prices[t] = prices[t - 1] * Math.exp(logReturn);
        }
        prices[100] = Double.NaN; // a missing close loses the two returns that use it

        LeadLagStudy study = LeadLagStatistics.study(
                series(counts, 0), series(prices, 0), TrafficTransform.FIRST_DIFFERENCE, 5, LagUnit.DAY);

        assertThat(study.aligned().missingDropped()).isEqualTo(2);
        assertThat(study.aligned().size()).isEqualTo(days - 1 - 2);
        assertThat(study.trafficToReturns().significant(LeadLagStatistics.ALPHA))
                .get()
                .extracting(GrangerTest::lag)
                .isEqualTo(2);
        assertThat(study.returnsToTraffic().significant(LeadLagStatistics.ALPHA))
                .isEmpty();
        assertThat(study.crossCorrelation().atLag(2))
                .isGreaterThan(study.crossCorrelation().band());
        assertThat(study.trafficStationarity().stationary()).isTrue();
        assertThat(study.returnsStationarity().stationary()).isTrue();
        assertThat(study.summary())
                .isEqualTo("Traffic leads returns by 2 days (p < 0.001 after Holm correction over 5" + " lags).");
    }

    @Test
    void saysThereIsNoEvidenceWhenTheSeriesAreIndependent() {
        Random random = new Random(5);
        double[] counts = random.doubles(120, 0, 100).toArray();
        double[] prices = new double[120];
        prices[0] = 10;
        for (int t = 1; t < prices.length; t++) {
            prices[t] = prices[t - 1] * Math.exp(0.01 * random.nextGaussian());
        }

        LeadLagStudy study =
                LeadLagStatistics.study(series(counts, 0), series(prices, 0), TrafficTransform.LEVEL, 3, LagUnit.HOUR);

        assertThat(study.summary())
                .startsWith("No evidence that traffic leads returns at any lag tested (1 to 3 hours; smallest p = ")
                .endsWith(" after Holm correction).");
    }

    @Test
    void refusesTooFewAlignedObservationsForTheLagsAsked() {
        double[] counts = new double[12];
        double[] prices = new double[12];
        for (int t = 0; t < 12; t++) {
            counts[t] = t * t % 7;
            prices[t] = 10 + t % 3;
        }

        assertThatThrownBy(() -> LeadLagStatistics.study(
                        series(counts, 0), series(prices, 0), TrafficTransform.FIRST_DIFFERENCE, 4, LagUnit.DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Granger tests up to lag 4 need at least 14 aligned observations, got 11");
    }

    @Test
    void writesOneDayInTheSingular() {
        assertThat(LagUnit.DAY.of(1)).isEqualTo("1 day");
        assertThat(LagUnit.DAY.of(3)).isEqualTo("3 days");
    }

    private static TimeSeries series(double[] values, int firstDay) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            times.add(day(firstDay + i));
        }
        return new TimeSeries(times, values);
    }
}
