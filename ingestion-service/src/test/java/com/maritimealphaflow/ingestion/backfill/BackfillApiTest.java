package com.maritimealphaflow.ingestion.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.MarketDatabaseTest;
import com.maritimealphaflow.ingestion.market.bars.BarSeries;
import com.maritimealphaflow.ingestion.market.bars.BarStore;
import com.maritimealphaflow.ingestion.support.Bars;
import com.maritimealphaflow.ingestion.support.FakeMarketServer.Reply;
import com.maritimealphaflow.ingestion.support.MarketFixtures;
import com.maritimealphaflow.ingestion.support.ServiceHttp;
import com.maritimealphaflow.ingestion.support.ServiceHttp.Answer;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Backfills end to end: over real HTTP to the service, whose real Binance client fetches from a loopback server
 * answering like Binance, into PostgreSQL.
 */
class BackfillApiTest extends MarketDatabaseTest {

    private static final Instant FROM = Instant.parse("2026-02-01T00:00:00Z");
    private static final BarSeries BTC = new BarSeries(MarketSource.BINANCE, "BTCUSDT", BarInterval.ONE_MINUTE, false);

    @LocalServerPort
    int port;

    @Autowired
    BarStore store;

    @Autowired
    BackfillRunner runner;

    private ServiceHttp http;

    @BeforeEach
    void setUp() {
        clearMarketTables();
        MARKET.reset();
        MARKET.route("/api/v3/klines", MarketFixtures.binanceKlines(FROM, FROM.plus(Duration.ofDays(30)), Set.of()));
        http = new ServiceHttp(port, ADMIN_TOKEN);
    }

    @Test
    void backfillsOnlyTheMissingMinutesAndASecondRunChangesNothing() {
        // already stored: minutes 1000–1499 of the range
        store.write(BTC, Bars.every(Duration.ofMinutes(1), minute(1000), minute(1500), t -> true));

        Answer accepted = http.post("/api/backfills", request(0, 2500));

        assertThat(accepted.status()).isEqualTo(202);
        long id = accepted.json().get("id").asLong();
        assertThat(accepted.location()).endsWith("/api/backfills/" + id);
        assertThat(accepted.json().get("status").asString()).isEqualTo("queued");
        JsonNode done = awaitStatus(id, "completed");

        assertThat(store.count(BTC, FROM, minute(2500))).isEqualTo(2500);
        assertThat(MARKET.requests("/api/v3/klines"))
                .extracting(r -> Instant.ofEpochMilli(Long.parseLong(r.param("startTime"))))
                .containsExactly(FROM, minute(1500));
        JsonNode progress = done.get("progress");
        assertThat(progress.get("barsEstimated").asLong()).isEqualTo(2000);
        assertThat(progress.get("barsDone").asLong()).isEqualTo(2000);
        assertThat(progress.get("pagesDone").asLong()).isEqualTo(2);
        assertThat(progress.get("pagesEstimated").asLong()).isEqualTo(2);
        assertThat(progress.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("steps")).hasSize(2);
        assertThat(done.get("steps").get(1).get("from").asString()).isEqualTo("2026-02-02T01:00:00Z");
        List<Map<String, Object>> log =
                jdbc.queryForList("SELECT source, status, messages_received, bars_stored, duplicates, first_report_at"
                        + " FROM ingestion_log WHERE kind = 'market-backfill' ORDER BY id");
        assertThat(log).hasSize(2).allSatisfy(row -> {
            assertThat(row).containsEntry("source", "binance").containsEntry("status", "completed");
            assertThat(row.get("bars_stored")).isEqualTo(1000L);
        });

        long again =
                http.post("/api/backfills", request(0, 2500)).json().get("id").asLong();
        JsonNode second = awaitStatus(again, "completed");

        assertThat(second.get("steps")).isEmpty();
        assertThat(second.get("progress").get("barsEstimated").asLong()).isZero();
        assertThat(MARKET.requests("/api/v3/klines")).hasSize(2);
        assertThat(store.count(BTC, FROM, minute(2500))).isEqualTo(2500);
        assertThat(http.get("/api/backfills").json())
                .extracting(b -> b.get("id").asLong())
                .contains(id, again);
    }

    @Test
    void overlappingBackfillsStoreEveryBarOnce() {
        long first =
                http.post("/api/backfills", request(0, 3000)).json().get("id").asLong();
        long second = http.post("/api/backfills", request(1500, 4500))
                .json()
                .get("id")
                .asLong();

        awaitStatus(first, "completed");
        awaitStatus(second, "completed");

        assertThat(store.count(BTC, FROM, minute(4500))).isEqualTo(4500);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) - count(DISTINCT bar_time) FROM market_bar WHERE symbol = 'BTCUSDT'",
                        Long.class))
                .isZero();
    }

    @Test
    void a5xxInTheMiddleIsRetriedAndA429WaitsForRetryAfter() {
        MARKET.fault("/api/v3/klines", 2, Reply.status(500, "{\"code\":-1000,\"msg\":\"An unknown error occurred\"}"));
        MARKET.fault(
                "/api/v3/klines",
                4,
                Reply.status(429, "{\"code\":-1003,\"msg\":\"Too many requests.\"}", "Retry-After", "1"));

        long id = http.post("/api/backfills", request(0, 3000)).json().get("id").asLong();
        awaitStatus(id, "completed");

        assertThat(store.count(BTC, FROM, minute(3000))).isEqualTo(3000);
        assertThat(MARKET.requests("/api/v3/klines")).hasSize(5);
    }

    @Test
    void aMalformedPageFailsTheJobWithTheReasonAndNothingOfThatPageIsStored() {
        MARKET.fault("/api/v3/klines", 2, Reply.json("[[1769904000000, \"30000.0\", \"30001.0\"], [\"cut"));

        long id = http.post("/api/backfills", request(0, 3000)).json().get("id").asLong();
        JsonNode failed = awaitStatus(id, "failed");

        assertThat(failed.get("error").asString()).contains("BTCUSDT").contains("not JSON");
        assertThat(failed.get("progress").get("malformedPages").asLong()).isEqualTo(1);
        assertThat(store.count(BTC, FROM, minute(3000))).isEqualTo(1000);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT status, rejected, rejected_reasons->>'malformed_body' AS malformed, bars_stored"
                        + " FROM ingestion_log WHERE kind = 'market-backfill'");
        assertThat(row)
                .containsEntry("status", "failed")
                .containsEntry("rejected", 1L)
                .containsEntry("malformed", "1")
                .containsEntry("bars_stored", 1000L);
    }

    @Test
    void deleteCancelsARunningBackfillWhichStopsAfterThePageInHand() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        var klines = MarketFixtures.binanceKlines(FROM, FROM.plus(Duration.ofDays(30)), Set.of());
        MARKET.route("/api/v3/klines", request -> {
            if (MARKET.requests("/api/v3/klines").size() == 2) {
                release.await(30, TimeUnit.SECONDS);
            }
            return klines.handle(request);
        });
        long id = http.post("/api/backfills", request(0, 5000)).json().get("id").asLong();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> MARKET.requests("/api/v3/klines").size() == 2);

        Answer cancelled = http.delete("/api/backfills/" + id);
        release.countDown();

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("cancelled");
        // the cancel marks the log row interrupted at once; the page in hand is stored after it
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "interrupted"
                                .equals(jdbc.queryForObject(
                                        "SELECT status FROM ingestion_log WHERE kind = 'market-backfill'",
                                        String.class))
                        && store.count(BTC, FROM, minute(5000)) == 2000);
        assertThat(MARKET.requests("/api/v3/klines")).hasSize(2);
        assertThat(http.get("/api/backfills/" + id)
                        .json()
                        .get("steps")
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("cancelled");
        assertThat(http.delete("/api/backfills/" + id).status()).isEqualTo(409);
    }

    @Test
    void aServiceStoppingMidBackfillGivesItBackAndResumesItOnStart() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        var klines = MarketFixtures.binanceKlines(FROM, FROM.plus(Duration.ofDays(30)), Set.of());
        MARKET.route("/api/v3/klines", request -> {
            if (MARKET.requests("/api/v3/klines").size() == 2) {
                release.await(30, TimeUnit.SECONDS);
            }
            return klines.handle(request);
        });
        long id = http.post("/api/backfills", request(0, 3000)).json().get("id").asLong();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> MARKET.requests("/api/v3/klines").size() == 2);

        runner.stop();
        try {
            Map<String, Object> stopped =
                    jdbc.queryForMap("SELECT status, claimed_by FROM market_backfill WHERE id = ?", id);
            assertThat(stopped).containsEntry("status", "queued").containsEntry("claimed_by", null);
            assertThat(jdbc.queryForObject(
                            "SELECT status FROM ingestion_log WHERE kind = 'market-backfill'", String.class))
                    .isEqualTo("interrupted");
            assertThat(store.count(BTC, FROM, minute(3000))).isEqualTo(1000);
        } finally {
            release.countDown();
            runner.start();
        }

        JsonNode done = awaitStatus(id, "completed");
        assertThat(store.count(BTC, FROM, minute(3000))).isEqualTo(3000);
        assertThat(done.get("progress").get("barsDone").asLong()).isEqualTo(3000);
        assertThat(MARKET.requests("/api/v3/klines"))
                .extracting(r -> Instant.ofEpochMilli(Long.parseLong(r.param("startTime"))))
                .containsExactly(FROM, minute(1000), minute(1000), minute(2000));
    }

    @Test
    void resumesABackfillLeftRunningByAnInstanceThatDiedFetchingOnlyWhatItHadNotStored() {
        // A dead instance planned minutes 0–2999 as one step and stored its first 1,200 before it died. The bars go
        // in first: the runner takes the lapsed backfill over as soon as its row is there.
        store.write(BTC, Bars.every(Duration.ofMinutes(1), FROM, minute(1200), t -> true));
        long logId = jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, status) VALUES ('binance', 'market-backfill',"
                        + " now() - interval '1 hour', 'running') RETURNING id",
                Long.class);
        long id = jdbc.queryForObject(
                "INSERT INTO market_backfill (source, symbols, bar_interval, adjusted, range_from, range_to, status,"
                        + " planned, started_at, claimed_by, heartbeat_at, estimated_pages, estimated_bars, pages_done,"
                        + " bars_done) VALUES ('binance', '{BTCUSDT}', '1m', false, ?, ?, 'running', true,"
                        + " now() - interval '1 hour', 'dead-host-1234', now() - interval '10 minutes', 3, 3000, 2,"
                        + " 1200) RETURNING id",
                Long.class,
                java.sql.Timestamp.from(FROM),
                java.sql.Timestamp.from(minute(3000)));
        jdbc.update(
                "INSERT INTO market_backfill_step (backfill_id, seq, symbol, range_from, range_to, expected_bars, status,"
                        + " pages_done, bars_done, ingestion_log_id) VALUES (?, 1, 'BTCUSDT', ?, ?, 3000, 'running', 2,"
                        + " 1200, ?)",
                id,
                java.sql.Timestamp.from(FROM),
                java.sql.Timestamp.from(minute(3000)),
                logId);

        JsonNode done = awaitStatus(id, "completed");

        assertThat(MARKET.requests("/api/v3/klines"))
                .extracting(r -> Instant.ofEpochMilli(Long.parseLong(r.param("startTime"))))
                .containsExactly(minute(1200), minute(2200));
        assertThat(store.count(BTC, FROM, minute(3000))).isEqualTo(3000);
        assertThat(done.get("progress").get("barsDone").asLong()).isEqualTo(3000);
        assertThat(jdbc.queryForObject("SELECT status FROM ingestion_log WHERE id = ?", String.class, logId))
                .isEqualTo("interrupted");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM ingestion_log WHERE kind = 'market-backfill' AND status = 'completed'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void refusesBadRequestsNamingTheParameter() {
        assertBadRequest(
                "{\"source\":\"kraken\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"1m\",\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}",
                "source",
                "unknown source 'kraken'");
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"1m\",\"from\":\"2026-01-02\",\"to\":\"2026-01-01\"}",
                "to",
                "must be after");
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"2m\",\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}",
                "interval",
                "unknown interval '2m'");
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[],\"interval\":\"1m\",\"from\":\"2026-01-01\",\"to\":\"2026-01-02\"}",
                "symbols",
                "required");
        assertBadRequest(
                "{\"source\":\"binance\",\"symbols\":[\"BTCUSDT\"],\"interval\":\"1m\",\"from\":\"yesterday\",\"to\":\"2026-01-02\"}",
                "from",
                "ISO-8601");
        assertThat(http.postWithoutToken("/api/backfills", request(0, 10)).status())
                .isEqualTo(401);
        assertThat(http.get("/api/backfills/987654").status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM market_backfill", Long.class))
                .isZero();
    }

    private void assertBadRequest(String body, String parameter, String message) {
        Answer answer = http.post("/api/backfills", body);
        assertThat(answer.status()).as(body).isEqualTo(400);
        assertThat(answer.json().get("parameter").asString()).isEqualTo(parameter);
        assertThat(answer.json().get("message").asString()).contains(message);
    }

    private JsonNode awaitStatus(long id, String status) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    String now = http.get("/api/backfills/" + id)
                            .json()
                            .get("status")
                            .asString();
                    if (!now.equals(status) && !now.equals("queued") && !now.equals("running")) {
                        throw new AssertionError("backfill " + id + " ended " + now + " instead of " + status + ": "
                                + http.get("/api/backfills/" + id).body());
                    }
                    return now.equals(status);
                });
        return http.get("/api/backfills/" + id).json();
    }

    private static Instant minute(int n) {
        return FROM.plus(Duration.ofMinutes(n));
    }

    private static String request(int fromMinute, int toMinute) {
        return "{\"source\":\"binance\",\"symbols\":[\"btcusdt\"],\"interval\":\"1m\",\"from\":\"" + minute(fromMinute)
                + "\",\"to\":\"" + minute(toMinute) + "\"}";
    }
}
