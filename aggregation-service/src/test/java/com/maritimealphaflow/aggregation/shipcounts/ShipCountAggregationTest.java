package com.maritimealphaflow.aggregation.shipcounts;

import static com.maritimealphaflow.aggregation.AisRows.at;
import static com.maritimealphaflow.aggregation.AisRows.expected;
import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.aggregation.AisRows;
import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation.Trigger;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Counts per window from positions, static data history and batch spans seeded the way ingestion writes them. */
class ShipCountAggregationTest extends DatabaseTest {

    @Autowired
    ShipCountAggregation aggregation;

    @Test
    void countsVesselsWithoutStaticDataInTheTotalAndAsUnknown() {
        LocalDate day = ais.day();
        Instant window = at(day, "12:00:00");
        int cargo = ais.vessel();
        int neverSentStaticData = ais.vessel();
        int alsoWithout = ais.vessel();
        int typeZero = ais.vessel();
        ais.shipType(cargo, window.minus(Duration.ofDays(1)), 71);
        ais.shipType(typeZero, window.minus(Duration.ofDays(1)), 0);
        ais.positions(cargo, at(day, "12:00:10"), at(day, "12:00:40"));
        ais.positions(neverSentStaticData, at(day, "12:00:20"));
        ais.positions(alsoWithout, at(day, "12:00:50"));
        ais.positions(typeZero, at(day, "12:00:30"));
        long batch = ais.completedBatch(window, at(day, "12:01:00"), at(day, "12:00:10"), at(day, "12:00:50"));

        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isTrue();

        assertThat(ais.counts(window)).isEqualTo(expected(4, "cargo", 1, "unknown", 3));
        assertThat(ais.aggregated(batch)).isTrue();
    }

    @Test
    void categorisesEachVesselByTheShipTypeItHadAtTheEndOfTheWindow() {
        LocalDate day = ais.day();
        int becameTanker = ais.vessel();
        int changesExactlyAtTheWindowEnd = ais.vessel();
        int staticDataArrivesLater = ais.vessel();
        ais.shipType(becameTanker, at(day, "00:00:00"), 70);
        ais.shipType(becameTanker, at(day, "12:03:00"), 80);
        ais.shipType(changesExactlyAtTheWindowEnd, at(day, "00:00:00"), 60);
        ais.shipType(changesExactlyAtTheWindowEnd, at(day, "12:05:00"), 30);
        ais.shipType(staticDataArrivesLater, at(day, "12:04:59"), 52);
        ais.positions(becameTanker, at(day, "11:57:00"), at(day, "12:01:00"));
        ais.positions(changesExactlyAtTheWindowEnd, at(day, "11:58:00"), at(day, "12:04:00"));
        ais.positions(staticDataArrivesLater, at(day, "11:56:00"), at(day, "12:01:00"));
        long batch =
                ais.completedBatch(at(day, "11:55:00"), at(day, "12:05:00"), at(day, "11:56:00"), at(day, "12:04:00"));

        aggregation.aggregateBatch(batch, Trigger.POLL);

        assertThat(ais.counts(at(day, "11:55:00")))
                .as("before 12:00 the first was cargo, the second passenger; the third had no static data yet")
                .isEqualTo(expected(3, "cargo", 1, "passenger", 1, "unknown", 1));
        assertThat(ais.counts(at(day, "12:00:00")))
                .as("by 12:05 the first was a tanker; a change at 12:05 itself is the next window's")
                .isEqualTo(expected(3, "tanker", 1, "passenger", 1, "tug", 1));
    }

    @Test
    void countsAVesselInEachCategoryItHadOverTime() {
        LocalDate day = ais.day();
        int vessel = ais.vessel();
        int steady = ais.vessel();
        ais.shipType(vessel, at(day, "00:00:00"), 70);
        ais.shipType(vessel, at(day, "08:06:00"), 89);
        ais.shipType(vessel, at(day, "08:12:00"), 36);
        ais.shipType(steady, at(day, "00:00:00"), 35);
        for (String time : new String[] {"08:01:00", "08:07:00", "08:13:00"}) {
            ais.positions(vessel, at(day, time));
            ais.positions(steady, at(day, time));
        }
        long batch =
                ais.completedBatch(at(day, "08:00:00"), at(day, "08:15:00"), at(day, "08:01:00"), at(day, "08:13:00"));

        aggregation.aggregateBatch(batch, Trigger.POLL);

        assertThat(ais.counts(at(day, "08:00:00"))).isEqualTo(expected(2, "cargo", 1, "military", 1));
        assertThat(ais.counts(at(day, "08:05:00"))).isEqualTo(expected(2, "tanker", 1, "military", 1));
        assertThat(ais.counts(at(day, "08:10:00"))).isEqualTo(expected(2, "pleasure", 1, "military", 1));
    }

    @Test
    void writesARowOfZerosForABatchThatStoredNothing() {
        LocalDate day = ais.day();
        ais.partition(day);
        long batch = ais.emptyBatch(at(day, "12:00:00"), at(day, "12:01:00"));

        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isTrue();

        assertThat(ais.counts(at(day, "12:00:00"))).isEqualTo(expected(0));
        assertThat(ais.hasWindow(at(day, "12:05:00")))
                .as("the batch did not run in the next window")
                .isFalse();
    }

    @Test
    void countsAReplayedOldRangeWithZerosInItsQuietWindowsButNothingUpToTheReplay() {
        LocalDate replayedDay = ais.day();
        LocalDate replayedOn = replayedDay.plusDays(1);
        ais.partition(replayedOn);
        int vessel = ais.vessel();
        ais.positions(vessel, at(replayedDay, "10:01:00"), at(replayedDay, "10:11:00"));
        long batch = ais.completedBatch(
                at(replayedOn, "09:00:00"),
                at(replayedOn, "09:00:30"),
                at(replayedDay, "10:01:00"),
                at(replayedDay, "10:11:00"));

        aggregation.aggregateBatch(batch, Trigger.POLL);

        assertThat(ais.counts(at(replayedDay, "10:00:00"))).isEqualTo(expected(1, "unknown", 1));
        assertThat(ais.counts(at(replayedDay, "10:05:00"))).isEqualTo(expected(0));
        assertThat(ais.counts(at(replayedDay, "10:10:00"))).isEqualTo(expected(1, "unknown", 1));
        assertThat(ais.counts(at(replayedOn, "09:00:00")))
                .as("the replay ran in this window and stored nothing of it")
                .isEqualTo(expected(0));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM ship_count_agg WHERE batch_start > ? AND batch_start < ?",
                        Integer.class,
                        AisRows.utc(at(replayedDay, "10:10:00")),
                        AisRows.utc(at(replayedOn, "09:00:00"))))
                .as("nothing is known of the time between the file's last report and the replay")
                .isZero();
    }

    @Test
    void recountsAnEarlierWindowWhenALaterBatchBringsLateReports() {
        LocalDate day = ais.day();
        int early = ais.vessel();
        int late = ais.vessel();
        ais.positions(early, at(day, "12:00:30"));
        long first =
                ais.completedBatch(at(day, "12:00:00"), at(day, "12:01:00"), at(day, "12:00:30"), at(day, "12:00:30"));
        aggregation.aggregateBatch(first, Trigger.POLL);
        assertThat(ais.counts(at(day, "12:00:00"))).isEqualTo(expected(1, "unknown", 1));

        // a report stamped 12:04 reaches the next batch, which starts at 12:05
        ais.positions(late, at(day, "12:04:00"), at(day, "12:05:10"));
        long second =
                ais.completedBatch(at(day, "12:05:00"), at(day, "12:06:00"), at(day, "12:04:00"), at(day, "12:05:10"));
        aggregation.aggregateBatch(second, Trigger.POLL);

        assertThat(ais.counts(at(day, "12:00:00"))).isEqualTo(expected(2, "unknown", 2));
        assertThat(ais.counts(at(day, "12:05:00"))).isEqualTo(expected(1, "unknown", 1));
    }

    @Test
    void aggregatesABatchOnceAndRecountingItsWindowsGivesTheSameRows() {
        LocalDate day = ais.day();
        int vessel = ais.vessel();
        ais.shipType(vessel, at(day, "00:00:00"), 84);
        ais.positions(vessel, at(day, "06:00:10"), at(day, "06:07:00"));
        long batch =
                ais.completedBatch(at(day, "06:00:00"), at(day, "06:10:00"), at(day, "06:00:10"), at(day, "06:07:00"));
        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isTrue();
        var rows = windowRows(day);

        assertThat(aggregation.aggregateBatch(batch, Trigger.NOTIFICATION))
                .as("claimed already")
                .isFalse();
        long overlapping = ais.emptyBatch(at(day, "06:00:00"), at(day, "06:10:00"));
        assertThat(aggregation.aggregateBatch(overlapping, Trigger.POLL)).isTrue();

        assertThat(windowRows(day)).isEqualTo(rows).hasSize(2);
    }

    @Test
    void countsEveryShipTypeCodeFrom0To127AsTheJavaMappingDoes() {
        LocalDate day = ais.day();
        Map<VesselCategory, Integer> javaCounts = new EnumMap<>(VesselCategory.class);
        for (int code = 0; code <= 127; code++) {
            int vessel = ais.vessel();
            ais.shipType(vessel, at(day, "00:00:00"), code);
            ais.positions(vessel, at(day, "03:00:00"));
            javaCounts.merge(VesselCategory.ofShipType(code), 1, Integer::sum);
        }
        long batch =
                ais.completedBatch(at(day, "03:00:00"), at(day, "03:01:00"), at(day, "03:00:00"), at(day, "03:00:00"));

        aggregation.aggregateBatch(batch, Trigger.POLL);

        Object[] byCategory = javaCounts.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey().key(), e.getValue()))
                .toArray();
        assertThat(ais.counts(at(day, "03:00:00"))).isEqualTo(expected(128, byCategory));
    }

    @Test
    void leavesTheCountsOfADayWhoseRawPositionsAreGoneAsTheyWere() {
        LocalDate expired = LocalDate.of(2019, 2, 1);
        Instant window = at(expired, "10:00:00");
        jdbc.update(
                "INSERT INTO ship_count_agg (batch_start, batch_end, total, cargo) VALUES (?, ?, 42, 42)"
                        + " ON CONFLICT (batch_start) DO UPDATE SET total = 42, cargo = 42",
                AisRows.utc(window),
                AisRows.utc(window.plus(Duration.ofMinutes(5))));
        LocalDate today = ais.day();
        ais.partition(today);
        long batch = ais.completedBatch(at(today, "10:00:00"), at(today, "10:01:00"), window, window);

        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isTrue();

        assertThat(ais.counts(window)).isEqualTo(expected(42, "cargo", 42));
        assertThat(ais.counts(at(today, "10:00:00"))).isEqualTo(expected(0));
    }

    @Test
    void waitsUntilARunningBatchHasEnded() {
        LocalDate day = ais.day();
        int vessel = ais.vessel();
        ais.positions(vessel, at(day, "15:00:05"));
        long batch = ais.batch("running", at(day, "15:00:00"), null, null, null);

        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isFalse();
        assertThat(ais.aggregated(batch)).isFalse();
        assertThat(ais.hasWindow(at(day, "15:00:00"))).isFalse();

        jdbc.update(
                "UPDATE ingestion_log SET status = 'interrupted', ended_at = ?, first_report_at = ?,"
                        + " last_report_at = ? WHERE id = ?",
                AisRows.utc(at(day, "15:00:30")),
                AisRows.utc(at(day, "15:00:05")),
                AisRows.utc(at(day, "15:00:05")),
                batch);
        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL))
                .as("an interrupted batch is aggregated like a completed one")
                .isTrue();
        assertThat(ais.counts(at(day, "15:00:00"))).isEqualTo(expected(1, "unknown", 1));
    }

    /**
     * A batch whose instance died mid-batch is closed by the ingestion service's reaper as {@code abandoned}, with the
     * report times of the chunks it had committed and its end when its owner was last heard from. The polling job
     * finds it like any ended batch, and every window its committed positions fall in is counted.
     */
    @Test
    void countsTheWindowsOfTheCommittedChunksOfAnAbandonedBatch() {
        LocalDate day = ais.day();
        int[] vessels = {ais.vessel(), ais.vessel(), ais.vessel()};
        ais.positions(vessels[0], at(day, "16:01:00"), at(day, "16:06:00"));
        ais.positions(vessels[1], at(day, "16:03:00"));
        ais.positions(vessels[2], at(day, "16:07:30"));
        long batch = ais.batch("running", at(day, "16:00:00"), null, null, null);
        jdbc.update(
                "UPDATE ingestion_log SET status = 'abandoned', ended_at = ?, first_report_at = ?, last_report_at = ?,"
                        + " positions_stored = 4, messages_received = 4, owner = 'dead-instance',"
                        + " error = 'abandoned: its instance dead-instance stopped without closing it' WHERE id = ?",
                AisRows.utc(at(day, "16:08:10")),
                AisRows.utc(at(day, "16:01:00")),
                AisRows.utc(at(day, "16:07:30")),
                batch);

        for (int run = 0; run < 100 && !ais.aggregated(batch); run++) {
            aggregation.aggregatePending(Trigger.POLL);
        }

        assertThat(ais.aggregated(batch))
                .as("found by the polling job's look for pending batches")
                .isTrue();
        assertThat(ais.counts(at(day, "16:00:00"))).isEqualTo(expected(2, "unknown", 2));
        assertThat(ais.counts(at(day, "16:05:00"))).isEqualTo(expected(2, "unknown", 2));
    }

    private java.util.List<Map<String, Object>> windowRows(LocalDate day) {
        return jdbc.queryForList(
                "SELECT batch_start, batch_end, total, cargo, tanker, passenger, fishing, tug, high_speed_craft,"
                        + " pleasure, military, other, unknown FROM ship_count_agg"
                        + " WHERE batch_start >= ? AND batch_start < ? ORDER BY batch_start",
                AisRows.utc(at(day, "00:00:00")),
                AisRows.utc(at(day.plusDays(1), "00:00:00")));
    }
}
