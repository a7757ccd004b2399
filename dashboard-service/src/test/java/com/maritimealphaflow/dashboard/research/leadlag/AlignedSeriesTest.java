package com.maritimealphaflow.dashboard.research.leadlag;

import static com.maritimealphaflow.dashboard.research.leadlag.TransformsTest.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignedSeriesTest {

    @Test
    void keepsCommonTimesAndCountsWhatItDrops() {
        TimeSeries x = new TimeSeries(List.of(day(0), day(1), day(2), day(3), day(5)), new double[] {0, 1, 2, 3, 5});
        TimeSeries y = new TimeSeries(
                List.of(day(1), day(2), day(3), day(4), day(5), day(6)), new double[] {10, Double.NaN, 30, 40, 50, 60});

        AlignedSeries aligned = AlignedSeries.of(x, y);

        assertThat(aligned.times()).containsExactly(day(1), day(3), day(5));
        assertThat(aligned.x()).containsExactly(1, 3, 5);
        assertThat(aligned.y()).containsExactly(10, 30, 50);
        assertThat(aligned.onlyInX()).isEqualTo(1);
        assertThat(aligned.onlyInY()).isEqualTo(2);
        assertThat(aligned.missingDropped()).isEqualTo(1);
    }

    @Test
    void refusesTimesOutOfOrderOrValuesWithoutTimes() {
        assertThatThrownBy(() -> new TimeSeries(List.of(day(1), day(1)), new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> new TimeSeries(List.of(day(1)), new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a series needs one value per time: 1 times, 2 values");
    }
}
