package com.maritimealphaflow.ingestion.market.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.market.BarPage;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.MarketProperties;
import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.http.MalformedResponseException;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.ingestion.market.http.MarketHttp;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real Binance client against a loopback server answering like Binance, waits recorded instead of taken. */
class BinanceClientTest {

    private static final Instant START = Instant.parse("2025-12-01T00:00:00Z");

    private final FakeMarketServer server = FakeMarketServer.start();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T12:00:05Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsKlinesAsDecimalBarsExactlyAsSent() throws Exception {
        server.route("/api/v3/klines", request -> Reply.json(MarketFixtures.resource("binance-klines.json")));

        List<Bar> bars =
                client(6000, 600).klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(120), 1000);

        assertThat(bars).hasSize(2);
        assertThat(bars.get(0))
                .isEqualTo(new Bar(
                        Instant.parse("2025-12-01T00:00:00Z"),
                        new BigDecimal("91230.01000000"),
                        new BigDecimal("91300.00000000"),
                        new BigDecimal("91200.50000000"),
                        new BigDecimal("91250.10000000"),
                        new BigDecimal("12.34567000"),
                        1543L,
                        null));
        FakeMarketServer.Request request = server.requests("/api/v3/klines").get(0);
        assertThat(request.param("symbol")).isEqualTo("BTCUSDT");
        assertThat(request.param("interval")).isEqualTo("1m");
        assertThat(request.param("startTime")).isEqualTo(Long.toString(START.toEpochMilli()));
        assertThat(request.param("endTime"))
                .isEqualTo(Long.toString(START.plusSeconds(120).toEpochMilli() - 1));
    }

    @Test
    void pagesThroughARangeAThousandKlinesAtATimeEachPageStartingAfterTheLast() throws Exception {
        server.route("/api/v3/klines", MarketFixtures.binanceKlines(START, START.plus(Duration.ofDays(30)), Set.of()));
        BinanceBarSource source = new BinanceBarSource(client(6000, 600), settings(6000, 600));
        BarQuery query = new BarQuery(
                new BarSeries(MarketSource.BINANCE, "BTCUSDT", BarInterval.ONE_MINUTE, false),
                START,
                START.plus(Duration.ofMinutes(2500)));

        List<Bar> all = new ArrayList<>();
        String cursor = null;
        do {
            BarPage page = source.fetch(query, cursor);
            all.addAll(page.bars());
            cursor = page.next();
        } while (cursor != null);

        assertThat(all).hasSize(2500);
        assertThat(all.get(2499).time()).isEqualTo(START.plus(Duration.ofMinutes(2499)));
        assertThat(server.requests("/api/v3/klines"))
                .extracting(r -> r.param("startTime"))
                .containsExactly(
                        Long.toString(START.toEpochMilli()),
                        Long.toString(START.plus(Duration.ofMinutes(1000)).toEpochMilli()),
                        Long.toString(START.plus(Duration.ofMinutes(2000)).toEpochMilli()));
    }

    @Test
    void slowsDownBeforeTheWeightLimitUntilTheNextMinute() throws Exception {
        // Binance reports 5,399 of 6,000 used: another kline request (weight 2) would pass 5,400 (the limit less
        // the margin of 600), so it waits for the minute to turn.
        server.route("/api/v3/klines", request -> Reply.json("[]").withHeader(BinanceWeight.USED_WEIGHT, "5399"));
        BinanceClient client = client(6000, 600);

        client.klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(60), 1000);
        assertThat(sleeper.waits()).isEmpty();
        assertThat(weight.used()).isEqualTo(5399);
        client.klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(60), 1000);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(55));
        assertThat(server.requests("/api/v3/klines")).hasSize(2);
    }

    @Test
    void waitsRetryAfterSecondsOn429ThenGoesOn() throws Exception {
        server.route("/api/v3/klines", request -> Reply.json(MarketFixtures.resource("binance-klines.json")));
        server.fault(
                "/api/v3/klines",
                1,
                Reply.status(429, "{\"code\":-1003,\"msg\":\"Too many requests.\"}", "Retry-After", "7"));

        List<Bar> bars =
                client(6000, 600).klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(120), 1000);

        assertThat(bars).hasSize(2);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(server.requests("/api/v3/klines")).hasSize(2);
    }

    @Test
    void aBanIs418AndNoRequestGoesOutUntilItEnds() throws Exception {
        server.route("/api/v3/klines", request -> Reply.json("[]"));
        server.fault(
                "/api/v3/klines",
                1,
                Reply.status(
                        418,
                        "{\"code\":-1003,\"msg\":\"Way too many requests; IP banned until 1764600000000.\"}",
                        "Retry-After",
                        "7200"));
        BinanceClient client = client(6000, 600);

        assertThatThrownBy(() -> client.klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(60), 1000))
                .isInstanceOf(MarketApiException.class)
                .hasMessageContaining("418")
                .hasMessageContaining("7200 s");
        assertThatThrownBy(() -> client.klines("ETHUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(60), 1000))
                .isInstanceOf(MarketApiException.class)
                .hasMessageContaining("not sent");
        assertThat(server.requests("/api/v3/klines"))
                .as("nothing sent during the ban")
                .hasSize(1);

        clock.advance(Duration.ofSeconds(7201));
        assertThat(client.klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(60), 1000))
                .isEmpty();
    }

    @Test
    void retriesA5xxWithBackoffAndGivesUpAfterTheConfiguredAttempts() throws Exception {
        server.route("/api/v3/klines", request -> Reply.json(MarketFixtures.resource("binance-klines.json")));
        server.fault("/api/v3/klines", 1, Reply.status(502, "<html>Bad Gateway</html>"));
        BinanceClient client = client(6000, 600);

        assertThat(client.klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(120), 1000))
                .hasSize(2);
        assertThat(server.requests("/api/v3/klines")).hasSize(2);

        server.route("/api/v3/klines", request -> Reply.status(503, "{\"code\":-1001,\"msg\":\"Internal error\"}"));
        assertThatThrownBy(() -> client.klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(60), 1000))
                .isInstanceOf(MarketApiException.class)
                .hasMessageContaining("answered 503")
                .hasMessageContaining("3 times");
    }

    @Test
    void aMalformedBodyIsRejectedWholeAndA4xxSaysWhatBinanceSaid() throws Exception {
        server.route("/api/v3/klines", request -> Reply.json("[[1764547200000, \"91230.01\", \"oops\"]]"));
        BinanceClient client = client(6000, 600);
        assertThatThrownBy(() -> client.klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(60), 1000))
                .isInstanceOf(MalformedResponseException.class);

        server.route("/api/v3/klines", request -> Reply.json("{\"truncated\": [1, 2"));
        assertThatThrownBy(() -> client.klines("BTCUSDT", BarInterval.ONE_MINUTE, START, START.plusSeconds(60), 1000))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("not JSON");

        server.route("/api/v3/klines", request -> Reply.status(400, "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}"));
        assertThatThrownBy(() -> client.klines("NOPE", BarInterval.ONE_MINUTE, START, START.plusSeconds(60), 1000))
                .isInstanceOf(MarketApiException.class)
                .hasMessageContaining("answered 400")
                .hasMessageContaining("Invalid symbol.");
    }

    @Test
    void readsExchangeInfoPermissionSetsAndTheDepthSnapshot() throws Exception {
        server.route(
                "/api/v3/exchangeInfo", request -> Reply.json(MarketFixtures.resource("binance-exchange-info.json")));
        server.route("/api/v3/depth", request -> Reply.json(MarketFixtures.resource("binance-depth.json")));
        BinanceClient client = client(6000, 600);

        List<BinanceClient.BinanceSymbol> symbols = client.exchangeInfo();
        BinanceClient.OrderBook book = client.depth("BTCUSDT", 100);

        assertThat(symbols)
                .extracting(BinanceClient.BinanceSymbol::symbol)
                .containsExactly("BTCUSDT", "ETHBTC", "LUNAUSDT", "ZECUSDT");
        assertThat(symbols.get(0).permissionSets())
                .containsExactly(List.of("SPOT", "MARGIN", "TRD_GRP_004", "TRD_GRP_005"));
        assertThat(book.lastUpdateId()).isEqualTo(1027024);
        assertThat(book.bidsJson()).contains("431.00000000");
        assertThat(server.requests("/api/v3/depth").get(0).param("limit")).isEqualTo("100");
        assertThat(BinanceClient.depthWeight(100)).isEqualTo(5);
        assertThat(BinanceClient.depthWeight(5000)).isEqualTo(250);
    }

    private BinanceWeight weight;

    private BinanceClient client(int limit, int margin) {
        weight = new BinanceWeight(limit, margin, clock, sleeper);
        MarketHttp http = new MarketHttp("Binance", http(), weight, sleeper, clock, List.of());
        return new BinanceClient(http, URI.create(server.baseUrl() + "/"));
    }

    static MarketProperties.MarketHttp http() {
        return new MarketProperties.MarketHttp(
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                3,
                new RetrySettings(Duration.ofMillis(10), Duration.ofMillis(50)),
                Duration.ofSeconds(60),
                Duration.ofMinutes(5));
    }

    private MarketProperties.Binance settings(int limit, int margin) {
        return new MarketProperties.Binance(
                URI.create(server.baseUrl()),
                1000,
                limit,
                margin,
                2,
                new MarketProperties.Updates(List.of("BTCUSDT"), "1m", Duration.ofMinutes(1), Duration.ofDays(1)),
                new MarketProperties.BinanceInstruments(
                        List.of("TRADING"), List.of("USDT"), List.of("SPOT"), "0 0 0 * * ?"),
                new MarketProperties.BinanceDepth(List.of(), 100, Duration.ofMinutes(1)));
    }
}
