package com.maritimealphaflow.dashboard.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededRegions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lead-lag studies over HTTP against bars and vessel-count rollups stored in PostgreSQL. */
class LeadLagApiTest extends DatabaseTest {

    private static final String RANGE = "\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-07-20T00:00:00Z\"";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void seed() {
        seed.emptyTables();
        SeededLeadLag.countsLeadingPricesByTwoDays(jdbc);
    }

    HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/research/lead-lag"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void findsTheTwoDayLeadOfCountsOverReturnsThatTheSeedBuiltIn() throws Exception {
        HttpResponse<String> response =
                post("{\"symbol\":\"LEADUSDT\",\"frequency\":\"day\"," + RANGE + ",\"transform\":\"difference\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("summary").asString()).startsWith("Traffic leads returns by 2 days");
        assertThat(body.get("maxLag").asInt()).isEqualTo(10);
        assertThat(body.get("traffic").asString()).isEqualTo("vessels per window (total)");
        assertThat(body.get("priceBars").get("interval").asString()).isEqualTo("1d");
        // 200 days in both series; the first has no change and no return
        assertThat(body.get("series").get("times")).hasSize(200);
        assertThat(body.get("series").get("prices")).hasSize(200);
        assertThat(body.get("observations").asInt()).isEqualTo(199);
        assertThat(body.get("dropped").get("withoutTraffic").asInt()).isZero();
        assertThat(body.get("dropped").get("withoutPrice").asInt()).isZero();
        JsonNode ccf = body.get("crossCorrelation");
        assertThat(ccf.get("lags")).hasSize(21);
        // lag +2 (traffic first) stands far outside the band
        assertThat(ccf.get("correlations").get(12).asDouble())
                .isGreaterThan(3 * ccf.get("band").asDouble());
        JsonNode granger = body.get("granger");
        assertThat(granger.get("trafficToReturns").get("tests")).hasSize(10);
        assertThat(granger.get("trafficToReturns")
                        .get("tests")
                        .get(1)
                        .get("holmPValue")
                        .asDouble())
                .isLessThan(0.001);
        assertThat(granger.get("returnsToTraffic").get("tests")).hasSize(10);
        assertThat(body.get("stationarity")
                        .get("traffic")
                        .get("adf")
                        .get("stationary")
                        .asBoolean())
                .isTrue();
        assertThat(body.get("stationarity").get("traffic").get("warning").isNull())
                .isTrue();
    }

    @Test
    void studiesARegionsDailySeriesInsteadOfTheReceiversCounts() throws Exception {
        SeededRegions regions = new SeededRegions(jdbc);
        long strait = regions.chokepoint("Lead strait");
        jdbc.query(
                "SELECT period_start, avg_vessels FROM ship_count_rollup WHERE period = 'day' AND category = 'total'",
                rs -> {
                    regions.rollup(strait, "day", rs.getTimestamp(1).toInstant(), "total", rs.getDouble(2), 0, 0, 0, 0);
                });

        HttpResponse<String> response = post("{\"symbol\":\"LEADUSDT\",\"frequency\":\"day\"," + RANGE
                + ",\"region\":{\"id\":" + strait + ",\"metric\":\"present\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("traffic").asString()).isEqualTo("Lead strait: present (total)");
        assertThat(body.get("summary").asString()).startsWith("Traffic leads returns by 2 days");
    }

    @Test
    void levelsOfPricesWithoutTheirChangesWarnThatTheyAreNotStationary() throws Exception {
        HttpResponse<String> response = post(
                "{\"symbol\":\"LEADUSDT\",\"frequency\":\"day\"," + RANGE + ",\"transform\":\"profile-deviation\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        // the counts are a random walk: minus a weekday profile they still are
        assertThat(json.readTree(response.body())
                        .get("stationarity")
                        .get("traffic")
                        .get("warning")
                        .asString())
                .contains("may not be stationary");
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"frequency\":\"month\"|frequency",
                "\"frequency\":\"day\",\"transform\":\"log\"|transform",
                "\"frequency\":\"week\",\"transform\":\"profile-deviation\"|transform",
                "\"frequency\":\"day\",\"maxLag\":0|maxLag",
                "\"frequency\":\"day\",\"maxLag\":61|maxLag",
                "\"frequency\":\"day\",\"category\":\"boats\"|category",
                "\"frequency\":\"day\",\"region\":{\"metric\":\"present\"}|region.id",
                "\"frequency\":\"day\",\"region\":{\"id\":999999}|region.id",
                "\"frequency\":\"day\",\"region\":{\"id\":1,\"metric\":\"present\",\"direction\":\"ab\"}|region.direction"
            })
    void refusesABadFieldWithA400NamingIt(String field, String parameter) throws Exception {
        HttpResponse<String> response = post("{\"symbol\":\"LEADUSDT\"," + RANGE + "," + field + "}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
    }

    @ParameterizedTest(name = "{0} is refused naming {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"symbol\":\"NOSUCH\",\"frequency\":\"day\"," + RANGE + "|symbol",
                "\"frequency\":\"day\"," + RANGE + "|symbol",
                "\"symbol\":\"LEADUSDT\",\"frequency\":\"hour\",\"from\":\"2023-01-01T00:00:00Z\","
                        + "\"to\":\"2026-01-01T00:00:00Z\"|from",
                "\"symbol\":\"LEADUSDT\",\"frequency\":\"day\",\"from\":\"2026-01-01T00:00:00Z\","
                        + "\"to\":\"2026-01-06T00:00:00Z\"|from",
                // 40 days leave too few rows for a Granger regression with 20 lags of both series
                "\"symbol\":\"LEADUSDT\",\"frequency\":\"day\",\"maxLag\":20,\"from\":\"2026-01-01T00:00:00Z\","
                        + "\"to\":\"2026-02-10T00:00:00Z\"|maxLag",
                "\"symbol\":\"LEADUSDT\",\"frequency\":\"day\",\"from\":\"2026-01-06T00:00:00Z\","
                        + "\"to\":\"2026-01-01T00:00:00Z\"|to"
            })
    void refusesABadRangeOrSymbolWithA400NamingIt(String fields, String parameter) throws Exception {
        HttpResponse<String> response = post("{" + fields + "}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
    }
}
