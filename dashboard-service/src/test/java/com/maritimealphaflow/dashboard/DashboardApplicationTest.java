package com.maritimealphaflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

class DashboardApplicationTest extends DatabaseTest {

    @LocalServerPort
    int port;

    @Autowired
    Flyway flyway;

    @Test
    void migratesAFreshDatabaseAndReportsHealthWithTheDatabase() {
        String health = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/health")
                .retrieve()
                .body(String.class);

        assertThat(JsonPath.<String>read(health, "$.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(health, "$.components.db.status")).isEqualTo("UP");
        assertThat(flyway.info().applied()).isNotEmpty();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT to_regclass('ship_count_agg') IS NOT NULL", Boolean.class))
                .isTrue();
    }

    @Test
    void documentsEveryApiEndpointInOpenApi() throws Exception {
        RestClient client = RestClient.create("http://localhost:" + port);
        String docs = client.get().uri("/api-docs").retrieve().body(String.class);

        assertThat(JsonPath.<java.util.Map<String, Object>>read(docs, "$.paths").keySet())
                .containsExactlyInAnyOrder(
                        "/api/traffic/vessels",
                        "/api/traffic/gauge",
                        "/api/traffic/counts",
                        "/api/destinations",
                        "/api/destinations.csv",
                        "/api/pipeline/batches",
                        "/api/pipeline/status",
                        "/api/pipeline/banners",
                        "/api/pipeline/imports",
                        "/api/backtests",
                        "/api/backtests/instruments",
                        "/api/backtests/curves.csv",
                        "/api/backtests/trades.csv",
                        "/api/backtests/metrics.csv",
                        "/api/backtests/optimizations",
                        "/api/backtests/optimizations/jobs",
                        "/api/backtests/optimizations/jobs/{id}",
                        "/api/backtests/optimizations/jobs/{id}/grid.csv",
                        "/api/backtests/optimizations/jobs/{id}/luck.csv",
                        "/api/research/lead-lag",
                        "/api/regions",
                        "/api/regions/{id}",
                        "/api/regions/{id}/series",
                        "/api/regions/{id}/series.csv",
                        "/api/regions/{id}/events",
                        "/api/regions/{id}/events.csv",
                        "/api/ticks/{symbol}/windows",
                        "/api/ticks/breakouts",
                        "/api/ticks/breakouts/stream",
                        "/api/ticks/symbols",
                        "/api/market/candles",
                        "/api/market/overview",
                        "/api/market/gaps",
                        "/api/market/orderbooks",
                        "/api/market/orderbook",
                        "/api/market/orderbook/history",
                        "/api/pairs/screens",
                        "/api/pairs/screens/{id}",
                        "/api/pairs/screens/{id}/pairs",
                        "/api/pairs/backtests");
        assertThat(JsonPath.<String>read(docs, "$.components.securitySchemes.adminToken.scheme"))
                .isEqualTo("bearer");
        assertThat(JsonPath.<String>read(docs, "$.paths['/api/traffic/counts'].get.parameters[0].description"))
                .contains("6h, 24h (default), 7d, 30d or all");
        HttpResponse<String> ui = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api-docs/ui"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}
