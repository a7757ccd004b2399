package com.maritimealphaflow.aggregation.shipcounts;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static com.maritimealphaflow.testsupport.seed.Seed.utc;
import static com.maritimealphaflow.testsupport.seed.ShipCounts.expected;
import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation.Trigger;
import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
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
        LocalDate day = Fresh.day();
        Instant window = at(day, "12:00:00");
        int cargo = Fresh.vessel();
        int neverSentStaticData = Fresh.vessel();
        int alsoWithout = Fresh.vessel();
        int typeZero = Fresh.vessel();
        seed.shipStatics().shipType(cargo, window.minus(Duration.ofDays(1)), 71);
        seed.shipStatics().shipType(typeZero, window.minus(Duration.ofDays(1)), 0);
        seed.shipPositions().reports(cargo, at(day, "12:00:10"), at(day, "12:00:40"));
        seed.shipPositions().reports(neverSentStaticData, at(day, "12:00:20"));
        seed.shipPositions().reports(alsoWithout, at(day, "12:00:50"));
        seed.shipPositions().reports(typeZero, at(day, "12:00:30"));
        long batch = seed.ingestionLog()
                .insert(Batch.ais(window)
                        .completed(at(day, "12:01:00"))
                        .reports(at(day, "12:00:10"), at(day, "12:00:50")));

        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isTrue();

        assertThat(seed.shipCounts().window(window)).isEqualTo(expected(4, "cargo", 1, "unknown", 3));
        assertThat(seed.ingestionLog().aggregated(batch)).isTrue();
    }

    @Test
    void categorisesEachVesselByTheShipTypeItHadAtTheEndOfTheWindow() {
        LocalDate day = Fresh.day();
        int becameTanker = Fresh.vessel();
        int changesExactlyAtTheWindowEnd = Fresh.vessel();
        int staticDataArrivesLater = Fresh.vessel();
        seed.shipStatics().shipType(becameTanker, at(day, "00:00:00"), 70);
        seed.shipStatics().shipType(becameTanker, at(day, "12:03:00"), 80);
        seed.shipStatics().shipType(changesExactlyAtTheWindowEnd, at(day, "00:00:00"), 60);
        seed.shipStatics().shipType(changesExactlyAtTheWindowEnd, at(day, "12:05:00"), 30);
        seed.shipStatics().shipType(staticDataArrivesLater, at(day, "12:04:59"), 52);
        seed.shipPositions().reports(becameTanker, at(day, "11:57:00"), at(day, "12:01:00"));
        seed.shipPositions().reports(changesExactlyAtTheWindowEnd, at(day, "11:58:00"), at(day, "12:04:00"));
        seed.shipPositions().reports(staticDataArrivesLater, at(day, "11:56:00"), at(day, "12:01:00"));
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(day, "11:55:00"))
                        .completed(at(day, "12:05:00"))
                        .reports(at(day, "11:56:00"), at(day, "12:04:00")));

        aggregation.aggregateBatch(batch, Trigger.POLL);

        assertThat(seed.shipCounts().window(at(day, "11:55:00")))
                .as("before 12:00 the first was cargo, the second passenger; the third had no static data yet")
                .isEqualTo(expected(3, "cargo", 1, "passenger", 1, "unknown", 1));
        assertThat(seed.shipCounts().window(at(day, "12:00:00")))
                .as("by 12:05 the first was a tanker; a change at 12:05 itself is the next window's")
                .isEqualTo(expected(3, "tanker", 1, "passenger", 1, "tug", 1));
    }

    @Test
    void countsAVesselInEachCategoryItHadOverTime() {
        LocalDate day = Fresh.day();
        int vessel = Fresh.vessel();
        int steady = Fresh.vessel();
        seed.shipStatics().shipType(vessel, at(day, "00:00:00"), 70);
        seed.shipStatics().shipType(vessel, at(day, "08:06:00"), 89);
        seed.shipStatics().shipType(vessel, at(day, "08:12:00"), 36);
        seed.shipStatics().shipType(steady, at(day, "00:00:00"), 35);
        for (String time : new String[] {"08:01:00", "08:07:00", "08:13:00"}) {
            seed.shipPositions().reports(vessel, at(day, time));
            seed.shipPositions().reports(steady, at(day, time));
        }
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(day, "08:00:00"))
                        .completed(at(day, "08:15:00"))
                        .reports(at(day, "08:01:00"), at(day, "08:13:00")));

        aggregation.aggregateBatch(batch, Trigger.POLL);

        assertThat(seed.shipCounts().window(at(day, "08:00:00"))).isEqualTo(expected(2, "cargo", 1, "military", 1));
        assertThat(seed.shipCounts().window(at(day, "08:05:00"))).isEqualTo(expected(2, "tanker", 1, "military", 1));
        assertThat(seed.shipCounts().window(at(day, "08:10:00"))).isEqualTo(expected(2, "pleasure", 1, "military", 1));
    }

    @Test
    void writesARowOfZerosForABatchThatStoredNothing() {
        LocalDate day = Fresh.day();
        seed.shipPositions().partition(day);
        long batch = seed.ingestionLog().insert(Batch.ais(at(day, "12:00:00")).completed(at(day, "12:01:00")));

        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isTrue();

        assertThat(seed.shipCounts().window(at(day, "12:00:00"))).isEqualTo(expected(0));
        assertThat(seed.shipCounts().hasWindow(at(day, "12:05:00")))
                .as("the batch did not run in the next window")
                .isFalse();
    }

    @Test
    void countsAReplayedOldRangeWithZerosInItsQuietWindowsButNothingUpToTheReplay() {
        LocalDate replayedDay = Fresh.day();
        LocalDate replayedOn = replayedDay.plusDays(1);
        seed.shipPositions().partition(replayedOn);
        int vessel = Fresh.vessel();
        seed.shipPositions().reports(vessel, at(replayedDay, "10:01:00"), at(replayedDay, "10:11:00"));
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(replayedOn, "09:00:00"))
                        .completed(at(replayedOn, "09:00:30"))
                        .reports(at(replayedDay, "10:01:00"), at(replayedDay, "10:11:00")));

        aggregation.aggregateBatch(batch, Trigger.POLL);

        assertThat(seed.shipCounts().window(at(replayedDay, "10:00:00"))).isEqualTo(expected(1, "unknown", 1));
        assertThat(seed.shipCounts().window(at(replayedDay, "10:05:00"))).isEqualTo(expected(0));
        assertThat(seed.shipCounts().window(at(replayedDay, "10:10:00"))).isEqualTo(expected(1, "unknown", 1));
        assertThat(seed.shipCounts().window(at(replayedOn, "09:00:00")))
                .as("the replay ran in this window and stored nothing of it")
                .isEqualTo(expected(0));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM ship_count_agg WHERE batch_start > ? AND batch_start < ?",
                        Integer.class,
                        utc(at(replayedDay, "10:10:00")),
                        utc(at(replayedOn, "09:00:00"))))
                .as("nothing is known of the time between the file's last report and the replay")
                .isZero();
    }

    @Test
    void recountsAnEarlierWindowWhenALaterBatchBringsLateReports() {
        LocalDate day = Fresh.day();
        int early = Fresh.vessel();
        int late = Fresh.vessel();
        seed.shipPositions().reports(early, at(day, "12:00:30"));
        long first = seed.ingestionLog()
                .insert(Batch.ais(at(day, "12:00:00"))
                        .completed(at(day, "12:01:00"))
                        .reports(at(day, "12:00:30"), at(day, "12:00:30")));
        aggregation.aggregateBatch(first, Trigger.POLL);
        assertThat(seed.shipCounts().window(at(day, "12:00:00"))).isEqualTo(expected(1, "unknown", 1));

        // a report stamped 12:04 reaches the next batch, which starts at 12:05
        seed.shipPositions().reports(late, at(day, "12:04:00"), at(day, "12:05:10"));
        long second = seed.ingestionLog()
                .insert(Batch.ais(at(day, "12:05:00"))
                        .completed(at(day, "12:06:00"))
                        .reports(at(day, "12:04:00"), at(day, "12:05:10")));
        aggregation.aggregateBatch(second, Trigger.POLL);

        assertThat(seed.shipCounts().window(at(day, "12:00:00"))).isEqualTo(expected(2, "unknown", 2));
        assertThat(seed.shipCounts().window(at(day, "12:05:00"))).isEqualTo(expected(1, "unknown", 1));
    }

    @Test
    void aggregatesABatchOnceAndRecountingItsWindowsGivesTheSameRows() {
        LocalDate day = Fresh.day();
        int vessel = Fresh.vessel();
        seed.shipStatics().shipType(vessel, at(day, "00:00:00"), 84);
        seed.shipPositions().reports(vessel, at(day, "06:00:10"), at(day, "06:07:00"));
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(day, "06:00:00"))
                        .completed(at(day, "06:10:00"))
                        .reports(at(day, "06:00:10"), at(day, "06:07:00")));
        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isTrue();
        var rows = windowRows(day);

        assertThat(aggregation.aggregateBatch(batch, Trigger.NOTIFICATION))
                .as("claimed already")
                .isFalse();
        long overlapping =
                seed.ingestionLog().insert(Batch.ais(at(day, "06:00:00")).completed(at(day, "06:10:00")));
        assertThat(aggregation.aggregateBatch(overlapping, Trigger.POLL)).isTrue();

        assertThat(windowRows(day)).isEqualTo(rows).hasSize(2);
    }

    @Test
    void countsEveryShipTypeCodeFrom0To127AsTheJavaMappingDoes() {
        LocalDate day = Fresh.day();
        Map<VesselCategory, Integer> javaCounts = new EnumMap<>(VesselCategory.class);
        for (int code = 0; code <= 127; code++) {
            int vessel = Fresh.vessel();
            seed.shipStatics().shipType(vessel, at(day, "00:00:00"), code);
            seed.shipPositions().reports(vessel, at(day, "03:00:00"));
            javaCounts.merge(VesselCategory.ofShipType(code), 1, Integer::sum);
        }
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(day, "03:00:00"))
                        .completed(at(day, "03:01:00"))
                        .reports(at(day, "03:00:00"), at(day, "03:00:00")));

        aggregation.aggregateBatch(batch, Trigger.POLL);

        Object[] byCategory = javaCounts.entrySet().stream()
                .flatMap(e -> java.util.stream.Stream.of(e.getKey().key(), e.getValue()))
                .toArray();
        assertThat(seed.shipCounts().window(at(day, "03:00:00"))).isEqualTo(expected(128, byCategory));
    }

    @Test
    void leavesTheCountsOfADayWhoseRawPositionsAreGoneAsTheyWere() {
        LocalDate expired = LocalDate.of(2019, 2, 1);
        Instant window = at(expired, "10:00:00");
        seed.shipCounts().insert(Window.fiveMinutes(window, 42).with(VesselCategory.CARGO, 42));
        LocalDate today = Fresh.day();
        seed.shipPositions().partition(today);
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(today, "10:00:00"))
                        .completed(at(today, "10:01:00"))
                        .reports(window, window));

        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isTrue();

        assertThat(seed.shipCounts().window(window)).isEqualTo(expected(42, "cargo", 42));
        assertThat(seed.shipCounts().window(at(today, "10:00:00"))).isEqualTo(expected(0));
    }

    @Test
    void waitsUntilARunningBatchHasEnded() {
        LocalDate day = Fresh.day();
        int vessel = Fresh.vessel();
        seed.shipPositions().reports(vessel, at(day, "15:00:05"));
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(day, "15:00:00")).reports(at(day, "15:00:05"), at(day, "15:00:05")));

        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL)).isFalse();
        assertThat(seed.ingestionLog().aggregated(batch)).isFalse();
        assertThat(seed.shipCounts().hasWindow(at(day, "15:00:00"))).isFalse();

        seed.ingestionLog().end(batch, "interrupted", at(day, "15:00:30"));
        assertThat(aggregation.aggregateBatch(batch, Trigger.POLL))
                .as("an interrupted batch is aggregated like a completed one")
                .isTrue();
        assertThat(seed.shipCounts().window(at(day, "15:00:00"))).isEqualTo(expected(1, "unknown", 1));
    }

    /**
     * A batch whose instance died mid-batch is closed by the ingestion service's reaper as {@code abandoned}, with the
     * report times of the chunks it had committed and its end when its owner was last heard from. The polling job
     * finds it like any ended batch, and every window its committed positions fall in is counted.
     */
    @Test
    void countsTheWindowsOfTheCommittedChunksOfAnAbandonedBatch() {
        LocalDate day = Fresh.day();
        int[] vessels = {Fresh.vessel(), Fresh.vessel(), Fresh.vessel()};
        seed.shipPositions().reports(vessels[0], at(day, "16:01:00"), at(day, "16:06:00"));
        seed.shipPositions().reports(vessels[1], at(day, "16:03:00"));
        seed.shipPositions().reports(vessels[2], at(day, "16:07:30"));
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(day, "16:00:00"))
                        .ended(at(day, "16:08:10"), "abandoned")
                        .reports(at(day, "16:01:00"), at(day, "16:07:30"))
                        .counts(4, 4, 0)
                        .owner("dead-instance")
                        .error("abandoned: its instance dead-instance stopped without closing it"));

        for (int run = 0; run < 100 && !seed.ingestionLog().aggregated(batch); run++) {
            aggregation.aggregatePending(Trigger.POLL);
        }

        assertThat(seed.ingestionLog().aggregated(batch))
                .as("found by the polling job's look for pending batches")
                .isTrue();
        assertThat(seed.shipCounts().window(at(day, "16:00:00"))).isEqualTo(expected(2, "unknown", 2));
        assertThat(seed.shipCounts().window(at(day, "16:05:00"))).isEqualTo(expected(2, "unknown", 2));
    }

    /**
     * Each file of a history import is an {@code ais-import} row, closed like a batch, whose report times are those
     * of the archive: here a day years ago. The polling job finds it among the pending rows, and that day's windows
     * are counted from the positions the import stored.
     */
    @Test
    void countsTheWindowsOfAnImportedFileOfADayYearsAgo() {
        LocalDate archived = LocalDate.of(2021, 3, 14);
        LocalDate importedOn = Fresh.day();
        seed.shipPositions().partition(importedOn);
        int cargo = Fresh.vessel();
        int withoutStaticData = Fresh.vessel();
        seed.shipStatics().shipType(cargo, at(archived, "00:00:00"), 70);
        seed.shipPositions().reports(cargo, at(archived, "10:01:00"), at(archived, "10:06:00"));
        seed.shipPositions().reports(withoutStaticData, at(archived, "10:02:00"));
        long file = seed.ingestionLog()
                .insert(Batch.aisImport(at(importedOn, "09:00:00"))
                        .completed(at(importedOn, "09:00:40"))
                        .reports(at(archived, "10:01:00"), at(archived, "10:06:00"))
                        .counts(3, 3, 0));

        for (int run = 0; run < 100 && !seed.ingestionLog().aggregated(file); run++) {
            aggregation.aggregatePending(Trigger.POLL);
        }

        assertThat(seed.ingestionLog().aggregated(file))
                .as("found by the polling job's look for pending rows")
                .isTrue();
        assertThat(seed.shipCounts().window(at(archived, "10:00:00"))).isEqualTo(expected(2, "cargo", 1, "unknown", 1));
        assertThat(seed.shipCounts().window(at(archived, "10:05:00"))).isEqualTo(expected(1, "cargo", 1));
        assertThat(seed.shipCounts().hasWindow(at(archived, "10:10:00"))).isFalse();
    }

    @Test
    void aggregatesAnImportedFileOnceItHasEnded() {
        LocalDate archived = LocalDate.of(2021, 3, 17);
        LocalDate importedOn = Fresh.day();
        seed.shipPositions().partition(importedOn);
        int vessel = Fresh.vessel();
        seed.shipPositions().reports(vessel, at(archived, "23:58:00"));
        long file = seed.ingestionLog()
                .insert(Batch.aisImport(at(importedOn, "09:00:00"))
                        .reports(at(archived, "23:58:00"), at(archived, "23:58:00")));

        assertThat(aggregation.aggregateBatch(file, Trigger.NOTIFICATION)).isFalse();
        assertThat(seed.shipCounts().hasWindow(at(archived, "23:55:00"))).isFalse();

        seed.ingestionLog().end(file, "failed", at(importedOn, "09:01:00"));

        assertThat(aggregation.aggregateBatch(file, Trigger.NOTIFICATION))
                .as("a failed file is counted for what it stored, like an interrupted batch")
                .isTrue();
        assertThat(seed.shipCounts().window(at(archived, "23:55:00"))).isEqualTo(expected(1, "unknown", 1));
        assertThat(aggregation.aggregateBatch(file, Trigger.POLL)).isFalse();
    }

    private java.util.List<Map<String, Object>> windowRows(LocalDate day) {
        return jdbc.queryForList(
                "SELECT batch_start, batch_end, total, cargo, tanker, passenger, fishing, tug, high_speed_craft,"
                        + " pleasure, military, other, unknown FROM ship_count_agg"
                        + " WHERE batch_start >= ? AND batch_start < ? ORDER BY batch_start",
                utc(at(day, "00:00:00")),
                utc(at(day.plusDays(1), "00:00:00")));
    }
}
