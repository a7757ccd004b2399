package com.maritimealphaflow.aggregation.shipcounts;

import static com.maritimealphaflow.aggregation.AisRows.at;
import static com.maritimealphaflow.aggregation.AisRows.expected;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.maritimealphaflow.aggregation.AisRows;
import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation.Trigger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/** {@code POST /api/aggregations/rebuild} end to end: HTTP, admin token, database. */
class RebuildTest extends DatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    ShipCountAggregation aggregation;

    @Test
    void recountsTheRangeFromScratchWhenStaticDataArrivedLate() {
        LocalDate day = ais.day();
        int vessel = ais.vessel();
        ais.positions(vessel, at(day, "10:01:00"), at(day, "10:07:00"));
        long batch =
                ais.completedBatch(at(day, "10:00:00"), at(day, "10:10:00"), at(day, "10:01:00"), at(day, "10:07:00"));
        aggregation.aggregateBatch(batch, Trigger.POLL);
        assertThat(ais.counts(at(day, "10:00:00"))).isEqualTo(expected(1, "unknown", 1));
        assertThat(distinctVessels("hour", at(day, "10:00:00"))).containsEntry("unknown", 1);
        // a replayed file brings the vessel's static data, stamped before those windows ended
        ais.shipType(vessel, at(day, "09:00:00"), 70);

        String answer = rebuild(at(day, "10:00:00"), at(day, "10:30:00"));

        assertThat(JsonPath.<String>read(answer, "$.from"))
                .isEqualTo(at(day, "10:00:00").toString());
        assertThat(JsonPath.<String>read(answer, "$.to"))
                .isEqualTo(at(day, "11:00:00").toString());
        assertThat(JsonPath.<Integer>read(answer, "$.windows")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(answer, "$.hours")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(answer, "$.days")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(answer, "$.daysWithoutRawData")).isEmpty();
        assertThat(JsonPath.<Integer>read(answer, "$.tookMillis")).isNotNegative();
        assertThat(ais.counts(at(day, "10:00:00"))).isEqualTo(expected(1, "cargo", 1));
        assertThat(ais.counts(at(day, "10:05:00"))).isEqualTo(expected(1, "cargo", 1));
        assertThat(distinctVessels("hour", at(day, "10:00:00")))
                .as("the vessel no longer counts as unknown in the hour")
                .containsEntry("cargo", 1)
                .containsEntry("unknown", 0)
                .containsEntry("total", 1);
        assertThat(distinctVessels("day", at(day, "00:00:00")))
                .containsEntry("cargo", 1)
                .containsEntry("unknown", 0);
    }

    @Test
    void leavesDaysWhoseRawPositionsAreGoneAsTheyWereAndSaysSo() {
        LocalDate expired = LocalDate.of(2019, 3, 1);
        jdbc.update(
                "INSERT INTO ship_count_agg (batch_start, batch_end, total, tanker) VALUES (?, ?, 7, 7)",
                AisRows.utc(at(expired, "12:00:00")),
                AisRows.utc(at(expired, "12:05:00")));

        String answer = rebuild(at(expired, "00:00:00"), at(expired.plusDays(1), "00:00:00"));

        assertThat(JsonPath.<List<String>>read(answer, "$.daysWithoutRawData")).containsExactly(expired.toString());
        assertThat(JsonPath.<Integer>read(answer, "$.windows")).isZero();
        assertThat(ais.counts(at(expired, "12:00:00"))).isEqualTo(expected(7, "tanker", 7));
    }

    private String rebuild(Instant from, Instant to) {
        return RestClient.create("http://localhost:" + port)
                .post()
                .uri(uri -> uri.path("/api/aggregations/rebuild")
                        .queryParam("from", from.toString())
                        .queryParam("to", to.toString())
                        .build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN_TOKEN)
                .retrieve()
                .body(String.class);
    }

    private java.util.Map<String, Integer> distinctVessels(String period, Instant start) {
        java.util.Map<String, Integer> distinct = new java.util.HashMap<>();
        jdbc.query(
                "SELECT category, distinct_vessels FROM ship_count_rollup WHERE period = ? AND period_start = ?",
                rs -> {
                    distinct.put(rs.getString(1), rs.getInt(2));
                },
                period,
                AisRows.utc(start));
        return distinct;
    }
}
