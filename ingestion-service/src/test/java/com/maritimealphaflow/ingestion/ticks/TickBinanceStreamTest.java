package com.maritimealphaflow.ingestion.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.model.ticks.Tick;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Binance's trade stream through the production client against a loopback websocket server that sends frames shaped
 * like Binance's: trades into partials with their trade times and prices, a malformed frame counted, a reconnect after
 * the server closes the connection, and the stream's clock moved on by the wall clock while nothing trades.
 */
class TickBinanceStreamTest extends DatabaseTest {

    private static final FakeBinanceStreamServer SERVER = FakeBinanceStreamServer.launch();
    private static final long LATENESS = 300_000;

    @DynamicPropertySource
    static void binance(DynamicPropertyRegistry registry) {
        registry.add("alphaflow.ingestion.ticks.binance.symbols", () -> "BTCUSDT,ETHUSDT");
        registry.add("alphaflow.ingestion.ticks.binance.stream-url", SERVER::baseUrl);
        registry.add("alphaflow.ingestion.ticks.binance.reconnect.initial", () -> "PT0.1S");
        registry.add("alphaflow.ingestion.ticks.binance.reconnect.max", () -> "PT0.3S");
        registry.add("alphaflow.ingestion.ticks.allowed-lateness", () -> "PT5M");
        registry.add("alphaflow.ingestion.ticks.flush-interval", () -> "PT0.2S");
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        SERVER.stop(1000);
    }

    @Test
    void storesTradesByTradeTimeCountsAMalformedFrameAndReconnectsWhenTheServerCloses() {
        // The stream connected when the context started and got nothing: the server closes it, and the next
        // connection gets these frames, trades a few seconds old
        long now = System.currentTimeMillis();
        List<Tick> trades = List.of(
                new Tick("BTCUSDT", "C", 16_500.5, now - 4_000),
                new Tick("BTCUSDT", "C", 16_501.25, now - 3_000),
                new Tick("ETHUSDT", "C", 1_200.75, now - 3_500),
                new Tick("BTCUSDT", "C", 16_499.0, now - 3_900));
        SERVER.then(List.of(
                FakeBinanceStreamServer.trade("BTCUSDT", "16500.50000000", now - 4_000, 1),
                FakeBinanceStreamServer.trade("BTCUSDT", "16501.25000000", now - 3_000, 2),
                "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"s\":\"BTCUSDT\",\"p\":\"x\"}}",
                FakeBinanceStreamServer.trade("ETHUSDT", "1200.75000000", now - 3_500, 3),
                // out of order: older than the trade before it
                FakeBinanceStreamServer.trade("BTCUSDT", "16499.00000000", now - 3_900, 4)));
        SERVER.closeConnections();

        await().atMost(Duration.ofSeconds(30)).until(() -> events() == 4);

        assertThat(TickExpectations.stored(jdbc, "binance"))
                .isEqualTo(TickExpectations.ofTicks(trades, LATENESS).partials);
        assertThat(jdbc.queryForObject(
                        "SELECT (skipped->>'malformed')::bigint FROM tick_stream WHERE id = 'binance'", Long.class))
                .isEqualTo(1);
        assertThat(SERVER.paths()).first().isEqualTo("/stream?streams=btcusdt@trade/ethusdt@trade");

        long later = System.currentTimeMillis();
        Tick afterReconnect = new Tick("ETHUSDT", "C", 1_201.5, later - 1_000);
        SERVER.then(List.of(FakeBinanceStreamServer.trade("ETHUSDT", "1201.50000000", later - 1_000, 5)));
        SERVER.closeConnections();

        await().atMost(Duration.ofSeconds(30)).until(() -> events() == 5);

        assertThat(SERVER.paths()).hasSizeGreaterThanOrEqualTo(2);
        List<Tick> all = new ArrayList<>(trades);
        all.add(afterReconnect);
        assertThat(TickExpectations.stored(jdbc, "binance"))
                .isEqualTo(TickExpectations.ofTicks(all, LATENESS).partials);
        // while nothing trades the clock follows the wall clock, less the allowed lateness
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "SELECT max_event_time FROM tick_stream WHERE id = 'binance'", Timestamp.class)
                        .getTime())
                .isGreaterThan(System.currentTimeMillis() - LATENESS - 5_000));
    }

    private long events() {
        List<Long> found = jdbc.queryForList("SELECT events FROM tick_stream WHERE id = 'binance'", Long.class);
        return found.isEmpty() ? 0 : found.get(0);
    }
}
