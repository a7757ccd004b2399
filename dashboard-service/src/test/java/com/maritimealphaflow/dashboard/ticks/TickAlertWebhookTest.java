package com.maritimealphaflow.dashboard.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededTicks;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhook alerts against a real HTTP server on loopback: symbol FLAKY's alerts fail twice and then succeed, DOWN's
 * always fail; the rest succeed. Short backoff settings; the assertions wait generously for outcomes.
 */
class TickAlertWebhookTest extends DatabaseTest {

    /** A request the webhook received. */
    record Received(String idempotencyKey, String contentType, String authorization, String query, JsonNode body) {}

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    static final Map<String, Integer> ATTEMPTS = new ConcurrentHashMap<>();
    static final HttpServer WEBHOOK = start();

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry registry) {
        registry.add(
                "alphaflow.dashboard.ticks.alerts.webhook-url",
                () -> "http://hook:s3cret@127.0.0.1:" + WEBHOOK.getAddress().getPort() + "/alerts?token=t0k3n");
        registry.add("alphaflow.dashboard.ticks.alerts.max-attempts", () -> "3");
        registry.add("alphaflow.dashboard.ticks.alerts.backoff-initial", () -> "PT0.05S");
        registry.add("alphaflow.dashboard.ticks.alerts.backoff-max", () -> "PT0.2S");
        registry.add("alphaflow.dashboard.ticks.alerts.poll-interval", () -> "PT0.1S");
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            JsonMapper json = JsonMapper.builder().build();
            server.createContext("/alerts", exchange -> {
                JsonNode body =
                        json.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
                RECEIVED.add(new Received(
                        key,
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestURI().getRawQuery(),
                        body));
                int attempt = ATTEMPTS.merge(key, 1, Integer::sum);
                String symbol = body.get("symbol").asString();
                int status = symbol.equals("DOWN") || (symbol.equals("FLAKY") && attempt <= 2) ? 503 : 204;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopWebhook() {
        WEBHOOK.stop(0);
    }

    SeededTicks ticks;

    @BeforeEach
    void emptyTicks() {
        ticks = new SeededTicks(jdbc).emptyTables();
    }

    @Test
    void anAlertThatFailsTwiceIsDeliveredOnceOnTheThirdAttempt() throws Exception {
        Instant windowEnd = Instant.now().minusSeconds(60);
        long id = ticks.crossover("FLAKY", windowEnd, "bullish", 42.5);
        ticks.notifyCommitted();

        await().atMost(Duration.ofSeconds(30)).until(() -> "delivered".equals(ticks.alertStatus(id)));
        Map<String, Object> alert = jdbc.queryForMap("SELECT * FROM tick_alert WHERE crossover_id = ?", id);
        assertThat(alert.get("attempts")).isEqualTo(3);
        assertThat(alert.get("delivered_at")).isNotNull();
        assertThat(alert.get("last_error")).isNull();

        // a repeat after the success would show within the backoff: the count holds for a while
        await().during(Duration.ofMillis(1_500))
                .atMost(Duration.ofSeconds(10))
                .until(() -> requests(id).size() == 3);
        List<Received> requests = requests(id);
        assertThat(requests).hasSize(3);
        Received last = requests.get(2);
        assertThat(last.contentType()).isEqualTo("application/json");
        assertThat(last.query()).isEqualTo("token=t0k3n");
        assertThat(last.authorization()).isEqualTo("Basic aG9vazpzM2NyZXQ=");
        assertThat(last.body().get("id").asLong()).isEqualTo(id);
        assertThat(last.body().get("symbol").asString()).isEqualTo("FLAKY");
        assertThat(last.body().get("kind").asString()).isEqualTo("bullish");
        assertThat(last.body().get("close").asDouble()).isEqualTo(42.5);
        assertThat(last.body().get("windowEnd").asString()).endsWith("Z");
        assertThat(ATTEMPTS.get(Long.toString(id))).isEqualTo(3);
    }

    @Test
    void anAlertThatKeepsFailingEndsFailedWithItsLastError() {
        long id = ticks.crossover("DOWN", Instant.now().minusSeconds(60), "bearish", 1);
        ticks.notifyCommitted();

        await().atMost(Duration.ofSeconds(30)).until(() -> "failed".equals(ticks.alertStatus(id)));
        Map<String, Object> alert = jdbc.queryForMap("SELECT * FROM tick_alert WHERE crossover_id = ?", id);
        assertThat(alert.get("attempts")).isEqualTo(3);
        assertThat(alert.get("last_error")).isEqualTo("HTTP 503");
        assertThat(alert.get("delivered_at")).isNull();
        assertThat(requests(id)).hasSize(3);
    }

    @Test
    void anAlertOfAWindowOlderThanTheMaxAgeExpiresUnsent() throws Exception {
        long old = ticks.crossover("REPLAY", Instant.now().minus(Duration.ofHours(3)), "bullish", 1);
        long fresh = ticks.crossover("LIVE", Instant.now().minusSeconds(30), "bullish", 1);
        ticks.notifyCommitted();

        await().atMost(Duration.ofSeconds(30)).until(() -> "delivered".equals(ticks.alertStatus(fresh)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "expired".equals(ticks.alertStatus(old)));
        assertThat(requests(old)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT attempts FROM tick_alert WHERE crossover_id = ?", Integer.class, old))
                .isZero();
    }

    private static List<Received> requests(long id) {
        return RECEIVED.stream()
                .filter(r -> Long.toString(id).equals(r.idempotencyKey()))
                .toList();
    }
}
