package com.maritimealphaflow.ingestion.market.polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.market.BarPage;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.ingestion.market.http.MarketHttp;
import com.maritimealphaflow.ingestion.market.http.Pacer;
import com.maritimealphaflow.ingestion.support.FakeMarketServer;
import com.maritimealphaflow.ingestion.support.FakeMarketServer.Reply;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import com.maritimealphaflow.ingestion.support.MutableClock;
import com.maritimealphaflow.ingestion.support.RecordingSleeper;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.retry.RetrySettings;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real Polygon client against a loopback server answering like Polygon. */
class PolygonClientTest {

    private static final String KEY = "pk_SECRET_0123456789abcdef";

    private final FakeMarketServer server = FakeMarketServer.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void followsNextUrlToTheHostItNamesWithTheKeyAddedBackAndKeepsAdjustedApart() throws Exception {
        server.route(
                "/v2/aggs/ticker/BDRY/range/1/day/1767589200000",
                request -> Reply.json(
                        MarketFixtures.resource("polygon-aggs-page1.json").replace("{{NEXT}}", server.otherHostUrl())));
        server.route(
                "/v2/aggs/ticker/BDRY/range/1/day/1767762000000",
                request -> Reply.json(MarketFixtures.resource("polygon-aggs-page2.json")));
        PolygonBarSource source = new PolygonBarSource(client(5), true, 50_000);
        BarQuery query = new BarQuery(
                new BarSeries(MarketSource.POLYGON, "BDRY", BarInterval.ONE_DAY, true),
                Instant.parse("2026-01-05T05:00:00Z"),
                Instant.parse("2026-01-14T05:00:00Z"));

        BarPage first = source.fetch(query, null);
        BarPage second = source.fetch(query, first.next());

        assertThat(first.bars()).hasSize(2);
        assertThat(first.bars().get(0).time()).isEqualTo(Instant.parse("2026-01-05T05:00:00Z"));
        assertThat(first.bars().get(0).vwap()).isEqualByComparingTo(new BigDecimal("9.8741"));
        assertThat(first.bars().get(0).trades()).isEqualTo(1210L);
        assertThat(second.bars()).hasSize(1);
        assertThat(second.next()).isNull();
        List<FakeMarketServer.Request> requests = server.all();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).path()).isEqualTo("/v2/aggs/ticker/BDRY/range/1/day/1767589200000/1768366799999");
        assertThat(requests.get(0).param("adjusted")).isEqualTo("true");
        assertThat(requests.get(0).param("sort")).isEqualTo("asc");
        assertThat(requests.get(0).host()).startsWith("127.0.0.1:");
        assertThat(requests.get(1).host()).startsWith("localhost:");
        assertThat(requests.get(1).param("cursor")).isEqualTo("bGltaXQ9MiZzb3J0PWFzYw");
        assertThat(requests).allSatisfy(r -> assertThat(r.param("apiKey")).isEqualTo(KEY));
    }

    @Test
    void pacesRequestsToThePlansRatePerMinute() throws Exception {
        server.route("/v3/reference/splits", request -> Reply.json(MarketFixtures.resource("polygon-splits.json")));
        PolygonClient client = client(5);

        for (int i = 0; i < 3; i++) {
            client.page(client.referenceUri("/v3/reference/splits", "SEA").toString());
        }

        // 5 a minute: the second and third wait 12 s each after the one before
        assertThat(sleeper.waitsOfAtLeast(Duration.ofMillis(1)))
                .containsExactly(Duration.ofSeconds(12), Duration.ofSeconds(12));
    }

    @Test
    void errorsNeverCarryTheKeyEvenWhenPolygonEchoesIt() {
        server.route(
                "/v2/aggs",
                request -> Reply.status(
                        403, "{\"status\":\"ERROR\",\"request_id\":\"x\",\"error\":\"Unknown API Key " + KEY + "\"}"));
        PolygonBarSource source = new PolygonBarSource(client(5), true, 50_000);
        BarQuery query = new BarQuery(
                new BarSeries(MarketSource.POLYGON, "BDRY", BarInterval.ONE_DAY, true),
                Instant.parse("2026-01-05T05:00:00Z"),
                Instant.parse("2026-01-14T05:00:00Z"));

        assertThatThrownBy(() -> source.fetch(query, null))
                .isInstanceOf(MarketApiException.class)
                .hasMessageContaining("403")
                .hasMessageContaining("Unknown API Key ***")
                .hasMessageNotContaining(KEY)
                .hasMessageNotContaining("apiKey");

        server.route(
                "/v2/aggs",
                request -> Reply.json("{\"status\":\"NOT_AUTHORIZED\",\"request_id\":\"y\",\"message\":\"Key " + KEY
                        + " lacks this plan\"}"));
        assertThatThrownBy(() -> source.fetch(query, null))
                .hasMessageContaining("NOT_AUTHORIZED")
                .hasMessageNotContaining(KEY);
        assertThat(new PolygonBarSource(client(5), false, 50_000).missingConfiguration())
                .contains("POLYGON_API_KEY");
    }

    private PolygonClient client(double perMinute) {
        MarketHttp http = new MarketHttp(
                "Polygon",
                new MarketProperties.MarketHttp(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(10),
                        3,
                        new RetrySettings(Duration.ofMillis(10), Duration.ofMillis(50)),
                        Duration.ofSeconds(60),
                        Duration.ofMinutes(5)),
                new Pacer(perMinute, clock, sleeper),
                sleeper,
                clock,
                List.of(KEY));
        return new PolygonClient(http, URI.create(server.baseUrl()), KEY);
    }
}
