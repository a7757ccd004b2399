package com.maritimealphaflow.aggregation.shipcounts;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static com.maritimealphaflow.testsupport.seed.Seed.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation.Trigger;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hourly and daily rollups against numbers worked out by hand. Three vessels: A cargo all day; B without static data;
 * C a tanker until 10:30, fishing after. Windows (5 minutes):
 *
 * <pre>
 *           A      B        C          total cargo tanker fishing unknown
 * 10:00   cargo  unknown  tanker       3     1      1      0       1
 * 10:05   cargo                        1     1      0      0       0
 * 10:10          unknown               1     0      0      0       1
 * 11:00   cargo           fishing      2     1      0      1       0
 * </pre>
 */
class RollupsTest extends DatabaseTest {

    @Autowired
    ShipCountAggregation aggregation;

    record Rollup(int windows, double avg, int min, int max, int distinct) {}

    @Test
    void rollsUpHoursAndDaysFromTheWindowsAndTheVesselsTheySaw() {
        LocalDate day = Fresh.day();
        int a = Fresh.vessel();
        int b = Fresh.vessel();
        int c = Fresh.vessel();
        seed.shipStatics().shipType(a, at(day, "00:00:00"), 70);
        seed.shipStatics().shipType(c, at(day, "00:00:00"), 80);
        seed.shipStatics().shipType(c, at(day, "10:30:00"), 30);
        seed.shipPositions().reports(a, at(day, "10:01:00"), at(day, "10:06:00"), at(day, "11:02:00"));
        seed.shipPositions().reports(b, at(day, "10:01:00"), at(day, "10:11:00"));
        seed.shipPositions().reports(c, at(day, "10:02:00"), at(day, "11:01:00"));
        long first = seed.ingestionLog()
                .insert(Batch.ais(at(day, "10:00:00"))
                        .completed(at(day, "10:15:00"))
                        .reports(at(day, "10:01:00"), at(day, "10:11:00")));
        long second = seed.ingestionLog()
                .insert(Batch.ais(at(day, "11:00:00"))
                        .completed(at(day, "11:05:00"))
                        .reports(at(day, "11:01:00"), at(day, "11:02:00")));

        aggregation.aggregateBatch(first, Trigger.POLL);
        assertClose(rollups("day", at(day, "00:00:00")).get("total"), new Rollup(3, 5 / 3.0, 1, 3, 3));
        aggregation.aggregateBatch(second, Trigger.POLL);

        Map<String, Rollup> ten = rollups("hour", at(day, "10:00:00"));
        assertClose(ten.get("total"), new Rollup(3, 5 / 3.0, 1, 3, 3));
        assertClose(ten.get("cargo"), new Rollup(3, 2 / 3.0, 0, 1, 1));
        assertClose(ten.get("tanker"), new Rollup(3, 1 / 3.0, 0, 1, 1));
        assertClose(ten.get("unknown"), new Rollup(3, 2 / 3.0, 0, 1, 1));
        assertClose(ten.get("fishing"), new Rollup(3, 0, 0, 0, 0));
        assertThat(ten).hasSize(11);

        Map<String, Rollup> eleven = rollups("hour", at(day, "11:00:00"));
        assertClose(eleven.get("total"), new Rollup(1, 2, 2, 2, 2));
        assertClose(eleven.get("cargo"), new Rollup(1, 1, 1, 1, 1));
        assertClose(eleven.get("fishing"), new Rollup(1, 1, 1, 1, 1));
        assertClose(eleven.get("tanker"), new Rollup(1, 0, 0, 0, 0));

        Map<String, Rollup> whole = rollups("day", at(day, "00:00:00"));
        assertClose(whole.get("total"), new Rollup(4, 7 / 4.0, 1, 3, 3));
        assertClose(whole.get("cargo"), new Rollup(4, 3 / 4.0, 0, 1, 1));
        assertClose(whole.get("tanker"), new Rollup(4, 1 / 4.0, 0, 1, 1));
        assertClose(whole.get("fishing"), new Rollup(4, 1 / 4.0, 0, 1, 1));
        assertClose(whole.get("unknown"), new Rollup(4, 2 / 4.0, 0, 1, 1));
        assertClose(whole.get("other"), new Rollup(4, 0, 0, 0, 0));
        assertThat(rollups("hour", at(day, "12:00:00")))
                .as("an hour without windows")
                .isEmpty();
    }

    private Map<String, Rollup> rollups(String period, Instant start) {
        Map<String, Rollup> rollups = new HashMap<>();
        jdbc.query(
                "SELECT category, windows, avg_vessels, min_vessels, max_vessels, distinct_vessels"
                        + " FROM ship_count_rollup WHERE period = ? AND period_start = ?",
                rs -> {
                    rollups.put(
                            rs.getString("category"),
                            new Rollup(
                                    rs.getInt("windows"),
                                    rs.getDouble("avg_vessels"),
                                    rs.getInt("min_vessels"),
                                    rs.getInt("max_vessels"),
                                    rs.getInt("distinct_vessels")));
                },
                period,
                utc(start));
        return rollups;
    }

    private static void assertClose(Rollup actual, Rollup expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.avg()).isCloseTo(expected.avg(), within(1e-9));
        assertThat(new Rollup(actual.windows(), 0, actual.min(), actual.max(), actual.distinct()))
                .isEqualTo(new Rollup(expected.windows(), 0, expected.min(), expected.max(), expected.distinct()));
    }
}
