package com.maritimealphaflow.aggregation.shipcounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WindowGridTest {

    private final WindowGrid grid = new WindowGrid(Duration.ofMinutes(5));

    private static Instant t(String time) {
        return Instant.parse("2026-11-22T" + time + "Z");
    }

    private static WindowRange range(String first, String last) {
        return new WindowRange(t(first), t(last));
    }

    @Test
    void alignsWindowsToMultiplesOfTheLengthSinceTheEpoch() {
        assertThat(grid.floor(t("12:04:59.999"))).isEqualTo(t("12:00:00"));
        assertThat(grid.floor(t("12:05:00"))).isEqualTo(t("12:05:00"));
        assertThat(new WindowGrid(Duration.ofMinutes(7)).floor(Instant.ofEpochSecond(7 * 60 + 1)))
                .isEqualTo(Instant.ofEpochSecond(7 * 60));
        assertThat(grid.floor(Instant.parse("1969-12-31T23:59:59Z"))).isEqualTo(Instant.parse("1969-12-31T23:55:00Z"));
    }

    @Test
    void aLiveBatchCoversTheWindowsItRanIn() {
        assertThat(grid.covered(new BatchSpan(t("12:00:00"), t("12:01:00"), t("12:00:01"), t("12:00:59"))))
                .containsExactly(range("12:00:00", "12:00:00"));
    }

    @Test
    void aBatchEndingOnABoundaryDoesNotCoverTheWindowStartingThere() {
        assertThat(grid.covered(new BatchSpan(t("12:00:00"), t("12:05:00"), null, null)))
                .containsExactly(range("12:00:00", "12:00:00"));
        assertThat(grid.covered(new BatchSpan(t("12:02:00"), t("12:06:00"), null, null)))
                .containsExactly(range("12:00:00", "12:05:00"));
        assertThat(grid.covered(new BatchSpan(t("12:05:00"), t("12:05:00"), null, null)))
                .as("a batch that ended as it started still covers its window")
                .containsExactly(range("12:05:00", "12:05:00"));
    }

    @Test
    void aBatchClosedLongAfterItStartedCoversOneWindowLengthOfRunningTime() {
        // the ingestion service died at 12:02 and marked the batch interrupted when it came back the next day
        assertThat(grid.covered(new BatchSpan(
                        t("12:02:00"), Instant.parse("2026-11-23T08:00:00Z"), t("12:02:10"), t("12:02:50"))))
                .containsExactly(range("12:00:00", "12:05:00"));
        assertThat(grid.covered(new BatchSpan(t("12:00:00"), t("12:05:00.250"), null, null)))
                .as("a continuous-mode batch closed a moment after the boundary")
                .containsExactly(range("12:00:00", "12:00:00"));
    }

    @Test
    void lateReportsReachBackAndMergeWithTheRunningTime() {
        assertThat(grid.covered(new BatchSpan(t("12:05:00"), t("12:06:00"), t("11:58:00"), t("12:05:30"))))
                .containsExactly(range("11:55:00", "12:05:00"));
    }

    @Test
    void aReplayCoversItsReportTimesAndTheTimeItRanButNotTheGapBetween() {
        assertThat(grid.covered(new BatchSpan(t("18:00:10"), t("18:03:00"), t("06:01:00"), t("06:22:00"))))
                .containsExactly(range("06:00:00", "06:20:00"), range("18:00:00", "18:00:00"));
    }

    @Test
    void anImportedFileCoversOnlyItsReportTimesAndNothingWhenItStoredNothing() {
        assertThat(grid.covered(new BatchSpan(t("18:00:10"), t("18:03:00"), t("06:01:00"), t("06:22:00"), false)))
                .containsExactly(range("06:00:00", "06:20:00"));
        assertThat(grid.covered(new BatchSpan(t("18:00:10"), t("18:03:00"), null, null, false)))
                .isEmpty();
    }

    @Test
    void splitsWindowsByDayAndRunsOfConsecutiveStarts() {
        List<WindowRange> ranges =
                List.of(new WindowRange(Instant.parse("2026-11-21T23:50:00Z"), Instant.parse("2026-11-22T00:05:00Z")));

        assertThat(grid.days(ranges)).containsExactly(LocalDate.parse("2026-11-21"), LocalDate.parse("2026-11-22"));
        assertThat(grid.startsOn(LocalDate.parse("2026-11-22"), ranges)).containsExactly(t("00:00:00"), t("00:05:00"));
        assertThat(grid.runs(new TreeSet<>(List.of(t("01:00:00"), t("01:05:00"), t("01:15:00")))))
                .containsExactly(range("01:00:00", "01:05:00"), range("01:15:00", "01:15:00"));
        assertThat(WindowGrid.hoursMask(List.of(t("00:55:00"), t("01:00:00"), t("23:00:00"))))
                .isEqualTo(0b1000_0000_0000_0000_0000_0011);
    }

    @Test
    void startsInTakesOnlyWindowsStartingInTheRange() {
        List<WindowRange> ranges = List.of(range("09:00:00", "12:00:00"));

        assertThat(grid.startsIn(t("10:02:00"), t("10:15:00"), ranges)).containsExactly(t("10:05:00"), t("10:10:00"));
    }
}
