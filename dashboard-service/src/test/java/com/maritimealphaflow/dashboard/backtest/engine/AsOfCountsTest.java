package com.maritimealphaflow.dashboard.backtest.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts reach a bar only once their window has ended by the bar's close. */
class AsOfCountsTest {

    @Test
    void aWindowEndingAtTheCloseCountsButOneEndingAMillisecondLaterWaitsForTheNextBar() {
        long[] barCloses = {1_000, 2_000, 3_000};
        long[] windowEnds = {1_000, 2_001};
        double[] counts = {7, 9};

        double[] aligned = AsOfCounts.align(barCloses, windowEnds, counts);

        assertThat(aligned).containsExactly(7, 7, 9);
    }

    @Test
    void barsBeforeTheFirstWindowHaveNoCount() {
        double[] aligned = AsOfCounts.align(new long[] {1_000, 2_000}, new long[] {1_500}, new double[] {4});

        assertThat(Double.isNaN(aligned[0])).isTrue();
        assertThat(aligned[1]).isEqualTo(4);
        assertThat(AsOfCounts.firstCounted(aligned)).isEqualTo(1);
    }
}
