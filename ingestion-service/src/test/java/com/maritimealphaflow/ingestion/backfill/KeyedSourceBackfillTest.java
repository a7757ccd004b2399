package com.maritimealphaflow.ingestion.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.support.FakeMarketServer;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import com.maritimealphaflow.ingestion.support.ServiceHttp;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.calendar.MarketCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Backfills from the sources that need keys, through the service: Polygon daily bars (weekends and holidays not
 * asked for, pages following {@code next_url} to another host with the key added back, adjusted bars stored as such)
 * and Alpaca hourly bars (key headers, {@code page_token}); the keys show up nowhere but in the requests.
 */
class KeyedSourceBackfillTest extends MarketDatabaseTest {

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
                request -> FakeMarketServer.Reply.status(
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

    @Test
    void backfillsAlpacaHourlyBarsPageTokenByPageToken() {
        MARKET.route("/v2/stocks/IYT/bars", request -> {
            int offset = request.param("page_token") == null ? 0 : Integer.parseInt(request.param("page_token"));
            int limit = Integer.parseInt(request.param("limit"));
            List<Instant> hours = new ArrayList<>();
            Instant start = Instant.parse(request.param("start"));
            Instant end = Instant.parse(request.param("end"));
            for (Instant t = start; !t.isAfter(end); t = t.plus(Duration.ofHours(1))) {
                if (MarketCalendar.US_EQUITIES
                                .expected(BarInterval.ONE_HOUR, t, t.plusSeconds(1))
                                .count()
                        == 1) {
                    hours.add(t);
                }
            }
            StringBuilder bars = new StringBuilder();
            for (int i = offset; i < Math.min(hours.size(), offset + limit); i++) {
                bars.append(i > offset ? "," : "")
                        .append("{\"t\":\"")
                        .append(hours.get(i))
                        .append("\",\"o\":30.1,\"h\":30.5,\"l\":29.9,\"c\":30.2,\"v\":1200,\"n\":12,\"vw\":30.15}");
            }
            String next = offset + limit < hours.size() ? "\"" + (offset + limit) + "\"" : "null";
            return FakeMarketServer.Reply.json(
                    "{\"bars\":[" + bars + "],\"symbol\":\"IYT\",\"next_page_token\":" + next + "}");
        });

        long id = http.post(
                        "/api/backfills",
                        "{\"source\":\"alpaca\",\"symbols\":[\"IYT\"],\"interval\":\"1h\","
                                + "\"from\":\"2026-01-05\",\"to\":\"2026-01-08\"}")
                .json()
                .get("id")
                .asLong();
        await().atMost(Duration.ofSeconds(60)).until(() -> !List.of("queued", "running")
                .contains(http.get("/api/backfills/" + id).json().get("status").asString()));

        JsonNode done = http.get("/api/backfills/" + id).json();
        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("completed");
        // three sessions of seven hourly bars (09:00 New York overlaps the 09:30 open)
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM market_bar WHERE source = 'alpaca' AND symbol = 'IYT' AND NOT adjusted",
                        Long.class))
                .isEqualTo(21);
        var requests = MARKET.requests("/v2/stocks/IYT/bars");
        assertThat(requests).hasSize(5).allSatisfy(r -> {
            assertThat(r.headers()).containsEntry("apca-api-key-id", ALPACA_KEY_ID);
            assertThat(r.headers()).containsEntry("apca-api-secret-key", ALPACA_SECRET);
            assertThat(r.param("adjustment")).isEqualTo("raw");
        });
        assertThat(requests).extracting(r -> r.param("page_token")).containsExactly(null, "5", "10", "15", "20");
        assertThat(http.get("/api/backfills/" + id).body())
                .doesNotContain(ALPACA_SECRET)
                .doesNotContain(ALPACA_KEY_ID);
        assertThat(http.get("/actuator/prometheus").body())
                .contains("alphaflow_market_bars_stored_total{source=\"alpaca\"} 21.0");
    }
}
