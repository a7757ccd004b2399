package com.maritimealphaflow.dashboard.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededTicks;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The breakout stream with the real JDK HttpClient: crossovers stored (and notified) after connecting arrive as
 * events; a reconnect with Last-Event-ID gets what it missed; and, with no webhook configured, alerts are disabled.
 */
class TickStreamTest extends DatabaseTest {

    static final Instant T = Instant.parse("2021-11-12T12:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    BreakoutStream stream;

    final JsonMapper json = JsonMapper.builder().build();
    SeededTicks ticks;

    @BeforeEach
    void emptyTicks() {
        ticks = new SeededTicks(jdbc).emptyTables();
    }

    @Test
    void aCrossoverStoredAfterConnectingArrivesAsABreakoutEvent() throws Exception {
        ticks.crossover("OLD.FR", T.minusSeconds(300), "bearish", 9);
        try (EventStreamClient client = open("", Map.of())) {
            assertThat(client.response().statusCode()).isEqualTo(200);
            assertThat(client.response().headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            long id = ticks.crossover("IEBBB.FR", T, "bullish", 101.5);
            ticks.notifyCommitted();

            EventStreamClient.Event event = client.next();
            assertThat(event.name()).isEqualTo("breakout");
            assertThat(event.id()).isEqualTo(Long.toString(id));
            JsonNode breakout = json.readTree(event.data());
            assertThat(breakout.get("id").asLong()).isEqualTo(id);
            assertThat(breakout.get("symbol").asString()).isEqualTo("IEBBB.FR");
            assertThat(breakout.get("windowEnd").asString()).isEqualTo("2021-11-12T12:00:00Z");
            assertThat(breakout.get("kind").asString()).isEqualTo("bullish");
            assertThat(breakout.get("close").asDouble()).isEqualTo(101.5);
        }
    }

    @Test
    void aCrossoverStoredWithoutNotificationArrivesByThePoll() throws Exception {
        try (EventStreamClient client = open("", Map.of())) {
            long id = ticks.crossover("FLINK.DE", T, "bearish", 3);

            assertThat(client.next().id()).isEqualTo(Long.toString(id));
        }
    }

    @Test
    void reconnectingWithLastEventIdResumesAfterItAndAFilterKeepsOneSymbol() throws Exception {
        long seen = ticks.crossover("IEBBB.FR", T, "bullish", 1);
        long missedOther = ticks.crossover("BTCUSDT", T, "bullish", 2);
        long missed = ticks.crossover("IEBBB.FR", T.plusSeconds(300), "bearish", 3);

        try (EventStreamClient all = open("", Map.of("Last-Event-ID", Long.toString(seen)))) {
            assertThat(all.next().id()).isEqualTo(Long.toString(missedOther));
            assertThat(all.next().id()).isEqualTo(Long.toString(missed));
        }
        try (EventStreamClient one = open("?symbol=IEBBB.FR", Map.of("Last-Event-ID", Long.toString(seen)))) {
            assertThat(one.next().id()).isEqualTo(Long.toString(missed));
            ticks.crossover("BTCUSDT", T.plusSeconds(300), "bearish", 4);
            long next = ticks.crossover("IEBBB.FR", T.plusSeconds(600), "bullish", 5);
            ticks.notifyCommitted();
            assertThat(one.next().id()).isEqualTo(Long.toString(next));
        }
    }

    @Test
    void refusesAnUnusableSymbolOrLastEventIdNamingIt() throws Exception {
        try (EventStreamClient client = open("?symbol=BAD!", Map.of())) {
            assertThat(client.response().statusCode()).isEqualTo(400);
            assertThat(json.readTree(client.response().body().readAllBytes())
                            .get("parameter")
                            .asString())
                    .isEqualTo("symbol");
        }
        try (EventStreamClient client = open("", Map.of("Last-Event-ID", "abc"))) {
            assertThat(client.response().statusCode()).isEqualTo(400);
        }
    }

    @Test
    void closedStreamsAreRemoved() throws Exception {
        int before = stream.openStreams();
        EventStreamClient client = open("", Map.of());
        assertThat(stream.openStreams()).isEqualTo(before + 1);
        client.close();
        // the server notices a closed connection when it next writes: new crossovers
        AtomicInteger windows = new AtomicInteger();
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    ticks.crossover("GONE.FR", T.plusSeconds(300L * windows.incrementAndGet()), "bullish", 1);
                    ticks.notifyCommitted();
                    assertThat(stream.openStreams()).isEqualTo(before);
                });
    }

    @Test
    void withoutAWebhookPendingAlertsAreDisabled() {
        long id = ticks.crossover("IEBBB.FR", Instant.now(), "bullish", 1);
        ticks.notifyCommitted();

        await().atMost(Duration.ofSeconds(20)).until(() -> "disabled".equals(ticks.alertStatus(id)));
        assertThat(jdbc.queryForObject("SELECT attempts FROM tick_alert WHERE crossover_id = ?", Integer.class, id))
                .isZero();
    }

    private EventStreamClient open(String query, Map<String, String> headers) throws Exception {
        return EventStreamClient.open("http://localhost:" + port + "/api/ticks/breakouts/stream" + query, headers);
    }
}
