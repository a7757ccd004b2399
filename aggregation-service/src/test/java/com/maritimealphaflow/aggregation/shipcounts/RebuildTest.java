package com.maritimealphaflow.aggregation.shipcounts;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static com.maritimealphaflow.testsupport.seed.Seed.utc;
import static com.maritimealphaflow.testsupport.seed.ShipCounts.expected;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.aggregation.shipcounts.ShipCountAggregation.Trigger;
import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
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
        LocalDate day = Fresh.day();
        int vessel = Fresh.vessel();
        seed.shipPositions().reports(vessel, at(day, "10:01:00"), at(day, "10:07:00"));
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(day, "10:00:00"))
                        .completed(at(day, "10:10:00"))
                        .reports(at(day, "10:01:00"), at(day, "10:07:00")));
        aggregation.aggregateBatch(batch, Trigger.POLL);
        assertThat(seed.shipCounts().window(at(day, "10:00:00"))).isEqualTo(expected(1, "unknown", 1));
        assertThat(distinctVessels("hour", at(day, "10:00:00"))).containsEntry("unknown", 1);
        // a replayed file brings the vessel's static data, stamped before those windows ended
        seed.shipStatics().shipType(vessel, at(day, "09:00:00"), 70);

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
        assertThat(seed.shipCounts().window(at(day, "10:00:00"))).isEqualTo(expected(1, "cargo", 1));
        assertThat(seed.shipCounts().window(at(day, "10:05:00"))).isEqualTo(expected(1, "cargo", 1));
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
        seed.shipCounts().insert(Window.fiveMinutes(at(expired, "12:00:00"), 7).with(VesselCategory.TANKER, 7));

        String answer = rebuild(at(expired, "00:00:00"), at(expired.plusDays(1), "00:00:00"));

        assertThat(JsonPath.<List<String>>read(answer, "$.daysWithoutRawData")).containsExactly(expired.toString());
        assertThat(JsonPath.<Integer>read(answer, "$.windows")).isZero();
        assertThat(seed.shipCounts().window(at(expired, "12:00:00"))).isEqualTo(expected(7, "tanker", 7));
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
                utc(start));
        return distinct;
    }
}
