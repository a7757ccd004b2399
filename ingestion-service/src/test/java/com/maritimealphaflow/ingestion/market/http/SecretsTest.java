package com.maritimealphaflow.ingestion.market.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.support.FakeMarketServer;
import com.maritimealphaflow.ingestion.support.FakeMarketServer.Reply;
import com.maritimealphaflow.ingestion.support.MutableClock;
import com.maritimealphaflow.ingestion.support.RecordingSleeper;
import com.maritimealphaflow.service.retry.RetrySettings;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private static final String KEY = "pk_SECRET_straddling_0123456789abcdef";

    private final FakeMarketServer server = FakeMarketServer.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aKeyStraddlingTheCutOfAQuotedBodyLeavesNoCharacterOfItInTheError() {
        // the key starts 10 characters before the 200th: cut first, then scrubbed, its first 10 characters leaked
        String body = "x".repeat(190) + KEY + " and more text after it";
        server.route("/v2/aggs", request -> Reply.status(400, body));
        MarketHttp http = http(List.of(KEY));

        assertThatThrownBy(() -> http.get(URI.create(server.baseUrl() + "/v2/aggs?apiKey=" + KEY), 1))
                .isInstanceOf(MarketApiException.class)
                .hasMessageContaining("400")
                .hasMessageNotContaining(KEY.substring(0, 6));
    }

    @Test
    void scrubsKeysByTheirNameWhateverTheirValueBeforeCutting() {
        Secrets secrets = new Secrets(List.of("configured-key-123"));
        String text = "GET /v2/aggs?adjusted=true&apiKey=unknownvalue42&limit=5 Authorization: Bearer tok.en-99"
                + " {\"APCA-API-SECRET-KEY\": \"alpacasecret77\"} apikey=other88 configured-key-123";

        String clean = secrets.scrub(text);

        assertThat(clean)
                .doesNotContain("unknownvalue42")
                .doesNotContain("tok.en-99")
                .doesNotContain("alpacasecret77")
                .doesNotContain("other88")
                .doesNotContain("configured-key-123")
                .contains("adjusted=true")
                .contains("limit=5");
        assertThat(secrets.quote("a".repeat(50) + "apiKey=" + "z".repeat(60), 60))
                .isEqualTo("a".repeat(50) + "apiKey=***");
    }

    private MarketHttp http(List<String> secrets) {
        return new MarketHttp(
                "Polygon",
                new MarketProperties.MarketHttp(
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(10),
                        1,
                        new RetrySettings(Duration.ofMillis(10), Duration.ofMillis(50)),
                        Duration.ofSeconds(60),
                        Duration.ofMinutes(5)),
                new Pacer(6000, clock, sleeper),
                sleeper,
                clock,
                secrets);
    }
}
