package com.maritimealphaflow.ingestion.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.market.calendar.MarketCalendar;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import com.maritimealphaflow.ingestion.support.ServiceHttp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A Polygon backfill of daily bars through the service: weekends and holidays are not asked for, pages follow
 * {@code next_url} to another host with the key added back, adjusted bars are stored as such, and the key shows up
 * nowhere but in the requests to Polygon.
 */
class PolygonBackfillTest extends MarketDatabaseTest {

    @LocalServerPort
    int port;

    private ServiceHttp http;

    @BeforeEach
    void setUp() {
        clearMarketTables();
        MARKET.reset();
        http = new ServiceHttp(port, ADMIN_TOKEN);
    }

    @Test
    void backfillsTradingDaysFollowingNextUrlAndKeepsTheKeyOutOfEverythingStored() {
        List<LocalDate> tradingDays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 12, 15); d.isBefore(LocalDate.of(2026, 1, 17)); d = d.plusDays(1)) {
            if (MarketCalendar.US_EQUITIES.session(d).isPresent()) {
                tradingDays.add(d);
            }
        }
        MARKET.route("/v2/aggs/", MarketFixtures.polygonDailyAggregates(tradingDays, 5, MARKET.otherHostUrl()));

        JsonNode accepted = http.post(
                        "/api/backfills",
                        "{\"source\":\"polygon\",\"symbols\":[\"SEA\",\"BDRY\"],\"interval\":\"1d\","
                                + "\"from\":\"2025-12-15\",\"to\":\"2026-01-17\"}")
                .json();
        long id = accepted.get("id").asLong();
        assertThat(accepted.get("adjusted").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("queued", "running")
                .contains(http.get("/api/backfills/" + id).json().get("status").asString()));
        JsonNode done = http.get("/api/backfills/" + id).json();

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("completed");
        assertThat(tradingDays).hasSize(23);
        assertThat(done.get("progress").get("barsEstimated").asLong()).isEqualTo(46);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM market_bar WHERE source = 'polygon' AND adjusted AND bar_interval = '1d'",
                        Long.class))
                .isEqualTo(46);
        var requests = MARKET.requests("/v2/aggs/");
        assertThat(requests).hasSize(10); // 23 days in pages of 5, for each symbol
        assertThat(requests).allSatisfy(r -> assertThat(r.param("apiKey")).isEqualTo(POLYGON_KEY));
        assertThat(requests)
                .filteredOn(r -> r.param("cursor") != null)
                .hasSize(8)
                .allSatisfy(r -> assertThat(r.host()).startsWith("localhost:"));
        assertThat(http.get("/api/backfills/" + id).body()).doesNotContain(POLYGON_KEY);
        assertThat(http.get("/api/backfills").body()).doesNotContain(POLYGON_KEY);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM ingestion_log WHERE kind = 'market-backfill' AND status = 'completed'",
                        Long.class))
                .isEqualTo(2);
    }

    @Test
    void aFailedPolygonBackfillReportsTheErrorWithoutTheKey() {
        MARKET.route(
                "/v2/aggs/",
                request -> com.maritimealphaflow.ingestion.support.FakeMarketServer.Reply.status(
                        401,
                        "{\"status\":\"ERROR\",\"request_id\":\"r\",\"error\":\"Unknown API Key " + POLYGON_KEY
                                + "\"}"));

        long id = http.post(
                        "/api/backfills",
                        "{\"source\":\"polygon\",\"symbols\":[\"USO\"],\"interval\":\"1d\","
                                + "\"from\":\"2026-01-05\",\"to\":\"2026-01-10\",\"adjusted\":false}")
                .json()
                .get("id")
                .asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> "failed"
                .equals(http.get("/api/backfills/" + id).json().get("status").asString()));

        String body = http.get("/api/backfills/" + id).body();
        assertThat(body).contains("401").contains("Unknown API Key ***").doesNotContain(POLYGON_KEY);
        assertThat(jdbc.queryForList("SELECT coalesce(error, '') FROM ingestion_log", String.class))
                .isNotEmpty()
                .allSatisfy(error -> assertThat(error).doesNotContain(POLYGON_KEY));
        assertThat(jdbc.queryForList("SELECT coalesce(error, '') FROM market_backfill_step", String.class))
                .allSatisfy(error -> assertThat(error).doesNotContain(POLYGON_KEY));
    }
}
