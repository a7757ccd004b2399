package com.maritimealphaflow.ingestion.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.support.FakeMarketServer.Reply;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import com.maritimealphaflow.ingestion.support.ServiceHttp;
import com.maritimealphaflow.ingestion.support.ServiceHttp.Answer;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every backfill step and its ingestion_log row end closed, whatever ends them; implausible bars are not stored. */
class BackfillClosingTest extends MarketDatabaseTest {

    private static final Instant FROM = Instant.parse("2026-02-01T00:00:00Z");
    private static final BarSeries BTC = new BarSeries(MarketSource.BINANCE, "BTCUSDT", BarInterval.ONE_MINUTE, false);

    @LocalServerPort
    int port;

    @Autowired
    BarStore store;

    private ServiceHttp http;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void setUp() {
        clearMarketTables();
        MARKET.reset();
        http = new ServiceHttp(port, ADMIN_TOKEN);
    }

    @AfterEach
    void tearDown() {
        release.countDown();
        jdbc.execute("ALTER TABLE market_bar DROP CONSTRAINT IF EXISTS test_refuses_second_page");
    }

    @Test
    void cancellingABackfillWhoseUpstreamHangsEndsItsRunningStepAtOnceAndLeavesNothingRunning() {
        MARKET.route("/api/v3/klines", request -> {
            release.await(30, TimeUnit.SECONDS);
            return Reply.json("[]");
        });
        long id = http.post("/api/backfills", request(0, 100)).json().get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> "running".equals(stepStatus(id)));

        assertThat(http.delete("/api/backfills/" + id).status()).isEqualTo(200);

        // closed by the cancel itself, not by an instance that may be stuck (or dead)
        assertThat(stepStatus(id)).isEqualTo("cancelled");
        assertThat(runningLogRows()).isZero();
        release.countDown();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !MARKET.requests("/api/v3/klines").isEmpty() && runningLogRows() == 0);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                        "SELECT ended_at IS NOT NULL FROM ingestion_log WHERE kind = 'market-backfill'",
                        Boolean.class));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM market_backfill_step WHERE status = 'running'", Long.class))
                .isZero();
    }

    @Test
    void aDatabaseErrorInTheMiddleOfAStepFailsTheStepAndItsRowInsteadOfLeavingThemRunning() {
        MARKET.route("/api/v3/klines", MarketFixtures.binanceKlines(FROM, FROM.plus(Duration.ofDays(30)), Set.of()));
        // Binance pages hold 1,000 bars: the database refuses the second page
        jdbc.execute("ALTER TABLE market_bar ADD CONSTRAINT test_refuses_second_page"
                + " CHECK (symbol <> 'BTCUSDT' OR bar_time < '" + minute(1000) + "')");
        long id = http.post("/api/backfills", request(0, 2000)).json().get("id").asLong();

        await().atMost(Duration.ofSeconds(30)).until(() -> "failed".equals(jobStatus(id)));

        assertThat(stepStatus(id)).isEqualTo("failed");
        Map<String, Object> log =
                jdbc.queryForMap("SELECT status, error, bars_stored FROM ingestion_log WHERE kind = 'market-backfill'");
        assertThat(log).containsEntry("status", "failed").containsEntry("bars_stored", 1000L);
        assertThat((String) log.get("error")).contains("BTCUSDT").contains("Could not store");
        assertThat(store.count(BTC, FROM, minute(2000))).isEqualTo(1000);
    }

    @Test
    void implausibleBarsFromTheApiAreCountedAsRejectedAndNotStored() {
        long t0 = FROM.toEpochMilli();
        String body = "[" + kline(t0, "10", "11", "9", "10.5", "5")
                + "," + kline(t0 + 60_000, "1e308", "1e308", "1", "1", "5")
                + "," + kline(t0 + 120_000, "10", "11", "12", "10.5", "5")
                + "," + kline(t0 + 180_000, "0", "0", "0", "0", "5")
                + "," + kline(t0 + 240_000, "10", "11", "9", "10.5", "-1") + "]";
        MARKET.route(
                "/api/v3/klines",
                request -> Reply.json(Long.parseLong(request.param("startTime")) <= t0 ? body : "[]"));

        long id = http.post("/api/backfills", request(0, 5)).json().get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> "completed".equals(jobStatus(id)));

        assertThat(store.count(BTC, FROM, minute(5))).isEqualTo(1);
        Map<String, Object> log =
                jdbc.queryForMap("SELECT messages_received, bars_stored, rejected, rejected_reasons::text AS reasons"
                        + " FROM ingestion_log WHERE kind = 'market-backfill'");
        assertThat(log)
                .containsEntry("messages_received", 5L)
                .containsEntry("bars_stored", 1L)
                .containsEntry("rejected", 4L);
        assertThat((String) log.get("reasons"))
                .contains("value_too_large")
                .contains("inconsistent_ohlc")
                .contains("non_positive_price")
                .contains("negative_volume");
    }

    @Test
    void absurdDatesAndControlCharactersAreA400NamingTheParameter() {
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"1d\",\"from\":\"-1000000000-01-01\",\"to\":\"2026-01-01\"}",
                "from");
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"1d\",\"from\":\"+1000000000-01-01T00:00:00Z\",\"to\":\"2026-01-01\"}",
                "from");
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"1d\",\"from\":\"2026-01-01\",\"to\":\"+1000000000-12-31T23:59:59.999999999Z\"}",
                "to");
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"1d\",\"from\":\"1960-01-01\",\"to\":\"2026-01-01\"}",
                "from");
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[\"BTC\\u0000USDT\"],\"interval\":\"1d\",\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}",
                "symbols");
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"1\\u0000d\",\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}",
                "interval");
        assertThat(http.get("/api/backfills?limit=99999999999").status()).isEqualTo(400);
        assertThat(http.get("/api/backfills?status=running%00").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM market_backfill", Long.class))
                .isZero();
    }

    private void assertBadRequest(String body, String parameter) {
        Answer answer = http.post("/api/backfills", body);
        assertThat(answer.status()).as(body).isEqualTo(400);
        assertThat(answer.json().get("parameter").asString()).as(body).isEqualTo(parameter);
    }

    private static String kline(long t, String o, String h, String l, String c, String v) {
        return "[" + t + ",\"" + o + "\",\"" + h + "\",\"" + l + "\",\"" + c + "\",\"" + v + "\"," + (t + 59_999)
                + ",\"0\",1,\"0\",\"0\",\"0\"]";
    }

    private String stepStatus(long id) {
        return jdbc
                .queryForList(
                        "SELECT status FROM market_backfill_step WHERE backfill_id = ? ORDER BY seq", String.class, id)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private String jobStatus(long id) {
        return jdbc.queryForObject("SELECT status FROM market_backfill WHERE id = ?", String.class, id);
    }

    private long runningLogRows() {
        return jdbc.queryForObject("SELECT count(*) FROM ingestion_log WHERE status = 'running'", Long.class);
    }

    private static Instant minute(int n) {
        return FROM.plus(Duration.ofMinutes(n));
    }

    private static String request(int fromMinute, int toMinute) {
        return "{\"source\":\"binance\",\"symbols\":[\"btcusdt\"],\"interval\":\"1m\",\"from\":\"" + minute(fromMinute)
                + "\",\"to\":\"" + minute(toMinute) + "\"}";
    }
}
