package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.backtest.engine.BacktestEngine;
import com.maritimealphaflow.dashboard.support.SeededMarket;
import com.maritimealphaflow.testsupport.seed.MarketBars.Bar;
import com.maritimealphaflow.testsupport.seed.Seed;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A backtest over HTTP against bars and counts stored in PostgreSQL, end to end. */
class BacktestApiTest extends DatabaseTest {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    BacktestService backtests;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void seed() {
        seed.emptyTables();
        SeededMarket.risingThenFalling(jdbc);
    }

    HttpResponse<String> post(String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/backtests"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void backtestsStoredBarsAgainstStoredCountsAndAnswersWithCurvesTradesAndMetrics() throws Exception {
        HttpResponse<String> response = post("{\"symbol\":\"TESTUSDT\",\"interval\":\"1h\","
                + "\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-03T00:00:00Z\",\"fast\":2,\"slow\":4}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("source").asString()).isEqualTo("binance");
        assertThat(body.get("calendar").asString()).isEqualTo("always_open");
        assertThat(body.get("times")).hasSize(48);
        assertThat(body.get("equity")).hasSize(48);
        // counts rise from the start: long once SMA4 exists, out when they turn a day later
        JsonNode trade = body.get("trades").get(0);
        assertThat(trade.get("direction").asInt()).isEqualTo(1);
        assertThat(trade.get("open").asBoolean()).isFalse();
        JsonNode metrics = body.get("metrics");
        assertThat(metrics.get("trades").asInt()).isEqualTo(1);
        assertThat(metrics.get("barsPerYear").asDouble()).isEqualTo(365 * 24);
        assertThat(metrics.get("feesPaid").asDouble()).isPositive();
    }

    @Test
    void slowLongerThanTheCountedBarsIsA400NamingSlow() throws Exception {
        HttpResponse<String> response = post("{\"symbol\":\"TESTUSDT\",\"interval\":\"1h\","
                + "\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-03T00:00:00Z\",\"fast\":2,\"slow\":48}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo("slow");
    }

    @Test
    void maxPointsThinsTheCurvesButKeepsEachRunsDeepestDrawdownAndTheFullMetrics() throws Exception {
        String range = "\"symbol\":\"TESTUSDT\",\"interval\":\"1h\","
                + "\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-03T00:00:00Z\",\"fast\":2,\"slow\":4,"
                + "\"mode\":\"long-short\"";
        JsonNode full = json.readTree(post("{" + range + "}").body());
        HttpResponse<String> response = post("{" + range + ",\"maxPoints\":100}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body()).get("barsPerPoint").asInt()).isEqualTo(1);

        // 48 bars in at most 100 points need no thinning; ask the service directly for 10 to see the buckets
        BacktestResponse thinned = backtests.backtest(new BacktestRequest(
                "TESTUSDT",
                "1h",
                java.time.Instant.parse("2026-11-01T00:00:00Z"),
                java.time.Instant.parse("2026-11-03T00:00:00Z"),
                null,
                2,
                4,
                "long-short",
                null,
                null,
                null,
                null,
                null));
        BacktestService.Curves curves = BacktestService.Curves.of(
                thinned.times(),
                new BacktestEngine.Outcome(
                        thinned.equity(),
                        thinned.buyAndHold(),
                        thinned.buyAndHoldWithCosts(),
                        thinned.drawdown(),
                        thinned.trades(),
                        thinned.metrics()),
                10);
        assertThat(curves.barsPerPoint()).isEqualTo(5);
        assertThat(curves.times()).hasSize(10);
        for (int p = 0; p < 10; p++) {
            int last = Math.min(48, (p + 1) * 5) - 1;
            assertThat(curves.times()[p]).isEqualTo(full.get("times").get(last).asLong());
            assertThat(curves.equity()[p])
                    .isEqualTo(full.get("equity").get(last).asDouble());
            double deepest = 0;
            for (int i = p * 5; i <= last; i++) {
                deepest = Math.min(deepest, full.get("drawdown").get(i).asDouble());
            }
            assertThat(curves.drawdown()[p]).isEqualTo(deepest);
        }

        HttpResponse<String> refused = post("{" + range + ",\"maxPoints\":5}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("parameter").asString()).isEqualTo("maxPoints");
    }

    @Test
    void twoDayBacktestOmitsAnnualisedReturnWithTheReasonInJsonAndMetricsCsv() throws Exception {
        String body = "{\"symbol\":\"TESTUSDT\",\"interval\":\"1h\","
                + "\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-03T00:00:00Z\",\"fast\":2,\"slow\":4}";

        JsonNode metrics = json.readTree(post(body).body()).get("metrics");

        assertThat(metrics.get("annualisedReturn").isNull()).isTrue();
        assertThat(metrics.get("annualisedOmitted").asString())
                .isEqualTo("the backtest spans 2 days; annualised figures need at least 90 days");
        assertThat(metrics.get("sharpe").isNull()).isFalse();
        assertThat(metrics.get("buyAndHoldWithCostsReturn").asDouble())
                .isLessThan(metrics.get("buyAndHoldReturn").asDouble());
        HttpResponse<String> csv = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/backtests/metrics.csv"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body())
                .contains("\r\nannualised_return,\r\n")
                .contains("\r\nannualised_omitted,\"the backtest spans 2 days; annualised figures need at least 90"
                        + " days\"\r\n")
                .contains("\r\nbuy_and_hold_with_costs_return,");
    }

    @Test
    void backtestOf120DailyBarsHasAnAnnualisedReturn() throws Exception {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Seed seeded = new Seed(jdbc);
        seeded.marketBars().remove("DAILYUSDT").instrument("binance", "DAILYUSDT", "crypto");
        List<Bar> bars = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Instant day = start.plus(Duration.ofDays(i));
            double price = 100 + 10 * Math.sin(i / 7.0);
            bars.add(Bar.of("DAILYUSDT", "1d", day, price, price + 1, price - 1, price + 0.5));
            windows.add(Window.of(day, day.plus(Duration.ofDays(1)), 100 + (int) (20 * Math.sin(i / 5.0))));
        }
        seeded.marketBars().insertAll(bars);
        seeded.shipCounts().insertAll(windows);

        HttpResponse<String> response;
        try {
            response = post("{\"symbol\":\"DAILYUSDT\",\"interval\":\"1d\","
                    + "\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-05-01T00:00:00Z\",\"fast\":3,\"slow\":10}");
        } finally {
            // the other tests list the stored instruments
            seeded.marketBars().remove("DAILYUSDT");
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("times")).hasSize(120);
        JsonNode metrics = body.get("metrics");
        double total = metrics.get("totalReturn").asDouble();
        // 119 daily returns compounded over 365 bars a year
        assertThat(metrics.get("annualisedReturn").asDouble())
                .isCloseTo(Math.pow(1 + total, 365.0 / 119) - 1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(metrics.get("annualisedOmitted").isNull()).isTrue();
        assertThat(body.get("buyAndHoldWithCosts")).hasSize(120);
    }
}
