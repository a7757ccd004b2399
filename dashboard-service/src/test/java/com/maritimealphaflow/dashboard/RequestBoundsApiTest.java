package com.maritimealphaflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.support.SeededMarket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests built to knock the dashboard over, over real HTTP against PostgreSQL: each is a 400 naming the parameter,
 * before any work starts (issue 12).
 */
class RequestBoundsApiTest extends DatabaseTest {

    private static final String QUARTER = "\"symbol\":\"QUARTERUSDT\",\"interval\":\"5m\","
            + "\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-04-01T00:00:00Z\"";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode badRequest(HttpResponse<String> response, String parameter) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = json.readTree(response.body());
        assertThat(error.get("parameter").asString()).isEqualTo(parameter);
        return error;
    }

    @Test
    void theSixtyMillionCellGridOnAQuarterOfFiveMinuteBarsIs400StatingTheLimit() throws Exception {
        seed.emptyTables();
        SeededMarket.fiveMinuteBars(jdbc, "QUARTERUSDT", Instant.parse("2026-01-01T00:00:00Z"), 90);
        String huge = "{" + QUARTER + ",\"fastMin\":2,\"fastMax\":100000,\"slowMin\":2,\"slowMax\":100000}";

        for (String path : new String[] {"/api/backtests/optimizations", "/api/backtests/optimizations/jobs"}) {
            JsonNode error = badRequest(post(path, huge), "slowMax");
            assertThat(error.get("message").asString())
                    .startsWith("the grid has 4,999,850,001 cells; at most 1,000,000 are searched per request");
        }
        // the same bars answer a grid within the limit: the 400 above is the limit's, not the data's
        HttpResponse<String> within = post("/api/backtests/optimizations", "{" + QUARTER + "}");
        assertThat(within.statusCode()).as(within.body()).isEqualTo(200);
        assertThat(json.readTree(within.body()).get("inSampleBars").asInt()).isEqualTo(90 * 288 * 7 / 10);
    }

    @Test
    void datesOfABillionYearsInQueryParametersAre400sNamingTheParameter() throws Exception {
        for (String at : new String[] {"%2B1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z"}) {
            badRequest(get("/api/traffic/vessels?at=" + at), "at");
        }
        badRequest(get("/api/traffic/vessels?at=2200-01-01T00:00:00Z"), "at");
        badRequest(get("/api/destinations?since=-999999999-01-01"), "since");
        badRequest(get("/api/destinations.csv?since=1969-12-31"), "since");
        assertThat(get("/api/destinations?since=1970-01-01").statusCode()).isEqualTo(200);
    }

    @Test
    void aNulByteOrControlCharacterInATextParameterIs400NamingIt() throws Exception {
        badRequest(get("/api/destinations?q=ROTTER%00DAM"), "q");
        badRequest(get("/api/traffic/counts?category=cargo%0A"), "category");
        badRequest(get("/api/pipeline/batches?limit=5%00"), "limit");
        badRequest(
                post(
                        "/api/backtests",
                        "{\"symbol\":\"BTC\\u0000USDT\",\"interval\":\"5m\",\"from\":\"2026-01-01T00:00:00Z\","
                                + "\"to\":\"2026-01-02T00:00:00Z\",\"fast\":2,\"slow\":3}"),
                "symbol");
    }
}
