package com.maritimealphaflow.ingestion.market.alpaca;

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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real Alpaca client against a loopback server answering like Alpaca's market data API. */
class AlpacaBarSourceTest {

    private static final String KEY_ID = "AKSECRETID0123";
    private static final String SECRET = "SECRETsecret0123456789";

    private final FakeMarketServer server = FakeMarketServer.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheKeyHeadersAndFollowsNextPageToken() throws Exception {
        server.route(
                "/v2/stocks/IYT/bars",
                request -> Reply.json(MarketFixtures.resource(
                        request.param("page_token") == null ? "alpaca-bars-page1.json" : "alpaca-bars-page2.json")));
        AlpacaBarSource source = source(KEY_ID, SECRET);
        BarQuery query = new BarQuery(
                new BarSeries(MarketSource.ALPACA, "IYT", BarInterval.ONE_HOUR, false),
                Instant.parse("2026-01-05T00:00:00Z"),
                Instant.parse("2026-01-06T00:00:00Z"));

        BarPage first = source.fetch(query, null);
        BarPage second = source.fetch(query, first.next());

        assertThat(first.bars()).hasSize(2);
        assertThat(first.next()).isEqualTo("SVlUfE18MjAyNi0wMS0wNVQxNTowMDowMFo=");
        assertThat(second.bars()).hasSize(1);
        assertThat(second.next()).isNull();
        var requests = server.requests("/v2/stocks/IYT/bars");
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.headers())
                    .containsEntry("apca-api-key-id", KEY_ID)
                    .containsEntry("apca-api-secret-key", SECRET);
            assertThat(r.param("timeframe")).isEqualTo("1Hour");
            assertThat(r.param("adjustment")).isEqualTo("raw");
            assertThat(r.param("feed")).isEqualTo("iex");
            assertThat(r.param("start")).isEqualTo("2026-01-05T00:00:00Z");
        });
        assertThat(requests.get(0).param("page_token")).isNull();
        assertThat(requests.get(1).param("page_token")).isEqualTo("SVlUfE18MjAyNi0wMS0wNVQxNTowMDowMFo=");
    }

    @Test
    void saysWhichKeyIsMissingAndNeverEchoesASecret() {
        assertThat(source("", "").missingConfiguration()).contains("ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY");
        assertThat(source(KEY_ID, " ").missingConfiguration()).contains("ALPACA_API_SECRET_KEY");
        assertThat(source(KEY_ID, SECRET).missingConfiguration()).isEmpty();

        server.route("/v2/stocks", request -> Reply.status(403, "{\"message\":\"forbidden: " + SECRET + "\"}"));
        BarQuery query = new BarQuery(
                new BarSeries(MarketSource.ALPACA, "IYT", BarInterval.ONE_DAY, true),
                Instant.parse("2026-01-05T00:00:00Z"),
                Instant.parse("2026-01-06T00:00:00Z"));
        assertThatThrownBy(() -> source(KEY_ID, SECRET).fetch(query, null))
                .isInstanceOf(MarketApiException.class)
                .hasMessageContaining("403")
                .hasMessageNotContaining(SECRET)
                .hasMessageNotContaining(KEY_ID);
        assertThat(server.requests("/v2/stocks").get(0).param("adjustment")).isEqualTo("all");
    }

    private AlpacaBarSource source(String keyId, String secret) {
        MarketHttp http = new MarketHttp(
                "Alpaca",
                new MarketProperties.MarketHttp(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(10),
                        3,
                        new RetrySettings(Duration.ofMillis(10), Duration.ofMillis(50)),
                        Duration.ofSeconds(60),
                        Duration.ofMinutes(5)),
                new Pacer(200, clock, sleeper),
                sleeper,
                clock,
                List.of(keyId, secret));
        return new AlpacaBarSource(http, URI.create(server.baseUrl()), keyId, secret, "iex", 10_000);
    }
}
