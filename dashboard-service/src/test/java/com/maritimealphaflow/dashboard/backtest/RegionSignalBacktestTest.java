package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededMarket;
import com.maritimealphaflow.dashboard.support.SeededRegions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A region's series as the signal of a backtest and of an optimization, over HTTP against PostgreSQL: the same rule
 * as the vessel counts (a window is used once it has ended and been derived), and refusals naming the field.
 */
class RegionSignalBacktestTest extends DatabaseTest {

    private static final String RANGE = "\"symbol\":\"TESTUSDT\",\"interval\":\"1h\","
            + "\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-03T00:00:00Z\"";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    long strait;

    @BeforeEach
    void seed() {
        seed.emptyTables();
        SeededMarket.risingThenFalling(jdbc);
        SeededRegions regions = new SeededRegions(jdbc);
        strait = regions.chokepoint("Signal strait");
        // the region's vessels present follow the counts of every window exactly, except that the derived windows
        // (those of ship_count_agg) without a row of the region are zeros: leave none out
        jdbc.query(
                "SELECT batch_start, total FROM ship_count_agg WHERE batch_start >= '2026-11-01' ORDER BY batch_start",
                rs -> {
                    regions.window(
                            strait, rs.getTimestamp(1).toInstant(), "total", rs.getInt(2), rs.getInt(2) / 50, 0, 0, 0);
                });
        // a row of a window not derived (no ship_count_agg row) is never part of the signal
        regions.window(strait, Instant.parse("2026-11-02T23:30:00Z"), "total", 100_000, 0, 0, 0, 0);
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRegionSeriesEqualToTheCountsTradesExactlyAsTheCountsDo() throws Exception {
        JsonNode counts = json.readTree(
                post("/api/backtests", "{" + RANGE + ",\"fast\":2,\"slow\":4}").body());
        HttpResponse<String> response = post(
                "/api/backtests",
                "{" + RANGE + ",\"fast\":2,\"slow\":4,\"region\":{\"id\":" + strait
                        + ",\"metric\":\"present\",\"interval\":\"5m\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode region = json.readTree(response.body());
        assertThat(region.get("signal").asString()).isEqualTo("Signal strait: present per 5m");
        assertThat(counts.get("signal").isNull()).isTrue();
        assertThat(region.get("trades")).isEqualTo(counts.get("trades"));
        assertThat(region.get("equity")).isEqualTo(counts.get("equity"));
    }

    @Test
    void transitsOfOneDirectionAreASignalToo() throws Exception {
        HttpResponse<String> response = post(
                "/api/backtests",
                "{" + RANGE + ",\"fast\":2,\"slow\":4,\"region\":{\"id\":" + strait
                        + ",\"metric\":\"transits\",\"interval\":\"5m\",\"direction\":\"ab\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("signal").asString())
                .isEqualTo("Signal strait: transits ab per 5m");
    }

    @Test
    void theOptimizerSearchesOverARegionSeries() throws Exception {
        HttpResponse<String> response = post(
                "/api/backtests/optimizations",
                "{" + RANGE + ",\"fastMin\":2,\"fastMax\":4,\"slowMin\":5,\"slowMax\":10,\"region\":{\"id\":" + strait
                        + ",\"metric\":\"present\",\"interval\":\"5m\"}}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void anUnknownRegionOrAMisfitFieldIsA400NamingIt() throws Exception {
        assertThat(refused("{\"id\":999999}")).isEqualTo("region.id");
        assertThat(refused("{\"metric\":\"present\"}")).isEqualTo("region.id");
        assertThat(refused("{\"id\":" + strait + ",\"metric\":\"tonnage\"}")).isEqualTo("region.metric");
        assertThat(refused("{\"id\":" + strait + ",\"interval\":\"2h\"}")).isEqualTo("region.interval");
        assertThat(refused("{\"id\":" + strait + ",\"metric\":\"present\",\"direction\":\"ab\"}"))
                .isEqualTo("region.direction");
        assertThat(refused("{\"id\":" + strait + ",\"metric\":\"transits\",\"direction\":\"up\"}"))
                .isEqualTo("region.direction");
    }

    private String refused(String region) throws Exception {
        HttpResponse<String> response =
                post("/api/backtests", "{" + RANGE + ",\"fast\":2,\"slow\":4,\"region\":" + region + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json.readTree(response.body()).get("parameter").asString();
    }
}
