package com.maritimealphaflow.dashboard.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.MarketBars.Bar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pair screens and pair backtests over REST on a seeded universe: one pair built cointegrated (y = e^0.2 x^1.5 times
 * AR(1) noise) among independent random walks.
 */
class PairsApiTest extends DatabaseTest {

    static final List<String> SYMBOLS = List.of("PAIRY", "PAIRX", "PAIRW1", "PAIRW2", "PAIRW3", "PAIRW4");
    static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    static final int DAYS = 400;

    @LocalServerPort
    int port;

    @Autowired
    PairScreens screens;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void seedUniverse() {
        jdbc.update("DELETE FROM pair_screen");
        Random random = new Random(20);
        double[][] logs = new double[SYMBOLS.size()][DAYS];
        double noise = 0;
        for (int d = 0; d < DAYS; d++) {
            for (int s = 1; s < SYMBOLS.size(); s++) {
                logs[s][d] = (d == 0 ? Math.log(50 + 10 * s) : logs[s][d - 1]) + 0.02 * random.nextGaussian();
            }
            noise = 0.5 * noise + 0.01 * random.nextGaussian();
            logs[0][d] = 0.2 + 1.5 * logs[1][d] + noise;
        }
        List<Bar> bars = new ArrayList<>();
        for (int s = 0; s < SYMBOLS.size(); s++) {
            seed.marketBars().instrument("alpaca", SYMBOLS.get(s), "crypto");
            for (int d = 0; d < DAYS; d++) {
                double close = Math.exp(logs[s][d]);
                double open = d == 0 ? close : Math.exp(logs[s][d - 1]);
                Instant day = FIRST.plusDays(d).atStartOfDay(ZoneOffset.UTC).toInstant();
                bars.add(new Bar(
                        SYMBOLS.get(s),
                        "1d",
                        "alpaca",
                        false,
                        day,
                        open,
                        Math.max(open, close),
                        Math.min(open, close),
                        close,
                        1));
            }
        }
        seed.marketBars().insertAll(bars);
    }

    @AfterEach
    void removeUniverse() {
        SYMBOLS.forEach(symbol -> seed.marketBars().remove(symbol));
        jdbc.update("DELETE FROM pair_screen");
    }

    @Test
    void aScreenFindsTheConstructedPairAndStoresEveryPairTested() throws Exception {
        HttpResponse<String> created =
                send("POST", "/api/pairs/screens", screenBody("\"2022-01-01\"", "\"2022-10-31\""), ADMIN_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/pairs/screens/" + id);

        JsonNode screen = awaitEnded(id);
        assertThat(screen.get("status").asString()).as(screen.toString()).isEqualTo("completed");
        assertThat(screen.get("instruments").asInt()).isEqualTo(6);
        assertThat(screen.get("eligible").asInt()).isEqualTo(6);
        assertThat(screen.get("pairsTested").asLong()).isEqualTo(15);
        assertThat(screen.get("pairsDone").asLong()).isEqualTo(15);
        assertThat(screen.get("settings").get("trainingTo").asString()).isEqualTo("2022-10-31");

        JsonNode passing = ok("/api/pairs/screens/" + id + "/pairs");
        assertThat(passing.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode best = passing.get("pairs").get(0);
        assertThat(List.of(
                        best.get("dependent").asString(),
                        best.get("independent").asString()))
                .containsExactlyInAnyOrder("PAIRY", "PAIRX");
        if (best.get("dependent").asString().equals("PAIRY")) {
            assertThat(best.get("hedgeRatio").asDouble()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.05));
        } else {
            assertThat(best.get("hedgeRatio").asDouble()).isCloseTo(1 / 1.5, org.assertj.core.data.Offset.offset(0.05));
        }
        assertThat(best.get("halfLife").asDouble()).isBetween(0.5, 3.0);
        assertThat(best.get("bhPValue").asDouble()).isLessThan(0.05);

        JsonNode all = ok("/api/pairs/screens/" + id + "/pairs?passing=false&sort=hurst&order=desc&limit=5&offset=5");
        assertThat(all.get("total").asLong()).isEqualTo(15);
        assertThat(all.get("pairs")).hasSize(5);
        HttpResponse<String> csv =
                send("GET", "/api/pairs/screens/" + id + "/pairs?passing=false&format=csv", null, null);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(16);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("dependent,independent,cluster");

        // the pair's backtest on the days the screen never saw
        String body = "{\"screenId\":" + id + ",\"dependent\":\"PAIRX\",\"independent\":\"PAIRY\",\"zWindow\":20,"
                + "\"entryZ\":1.5,\"exitZ\":0.25,\"feeBps\":1,\"slippageBps\":1}";
        HttpResponse<String> backtest = send("POST", "/api/pairs/backtests", body, null);
        assertThat(backtest.statusCode()).as(backtest.body()).isEqualTo(200);
        JsonNode result = json.readTree(backtest.body());
        assertThat(result.get("evaluation").asString()).isEqualTo("holdout");
        assertThat(result.get("dependent").asString())
                .isEqualTo(best.get("dependent").asString());
        assertThat(result.get("split").asString()).isEqualTo("2022-10-31");
        // the anchor bar closes at the split, the next bar is the first the strategy may trade
        assertThat(result.get("times").get(0).asLong())
                .isEqualTo(LocalDate.of(2022, 11, 1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli());
        assertThat(result.get("times")).hasSize(DAYS - 304 + 1);
        assertThat(result.get("equity")).hasSize(result.get("times").size());
        assertThat(result.get("metrics").get("trades").asInt())
                .isEqualTo(result.get("trades").size());
        assertThat(result.get("hedgeRatio").asDouble())
                .isEqualTo(best.get("hedgeRatio").asDouble());
    }

    @Test
    void writesNeedTheAdminTokenAndBadFieldsAreNamed() throws Exception {
        assertThat(send("POST", "/api/pairs/screens", "{}", null).statusCode()).isIn(401, 403);
        assertThat(send("POST", "/api/pairs//screens", "{}", null).statusCode()).isIn(400, 401, 403, 404);
        assertThat(send("DELETE", "/api/pairs/screens/1", null, null).statusCode())
                .isIn(401, 403);
        // other spellings of the same path are refused, never run as a screen
        for (String path : List.of(
                "/api/pairs/screens/",
                "/api/pairs/screens;x",
                "/api/pairs/%73creens",
                "/api/PAIRS/screens",
                "/api/pairs/./screens",
                "/api/pairs/screens%2F")) {
            assertThat(send("POST", path, "{}", null).statusCode()).as(path).isIn(400, 401, 403, 404, 405);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pair_screen", Long.class))
                .isZero();

        assertField(
                send("POST", "/api/pairs/screens", screenBody("\"2022-10-31\"", "\"2022-01-01\""), ADMIN_TOKEN),
                "trainingFrom");
        assertField(send("POST", "/api/pairs/screens", "{\"adjustment\":\"bonferroni\"}", ADMIN_TOKEN), "adjustment");
        assertField(send("POST", "/api/pairs/screens", "{\"alpha\":2}", ADMIN_TOKEN), "alpha");
        assertField(send("POST", "/api/pairs/screens", "{\"interval\":\"1h\"}", ADMIN_TOKEN), "interval");
        assertField(send("POST", "/api/pairs/screens", "{\"source\":\"kraken\"}", ADMIN_TOKEN), "source");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pair_screen", Long.class))
                .isZero();

        assertThat(send("GET", "/api/pairs/screens/987654", null, null).statusCode())
                .isEqualTo(404);
        assertField(send("GET", "/api/pairs/screens?limit=0", null, null), "limit");
        assertField(
                send("POST", "/api/pairs/backtests", "{\"dependent\":\"PAIRY\",\"independent\":\"PAIRY\"}", null),
                "independent");
        assertField(
                send(
                        "POST",
                        "/api/pairs/backtests",
                        "{\"dependent\":\"PAIRY\",\"independent\":\"PAIRX\",\"hedgeRatio\":1.5,\"entryZ\":1,\"exitZ\":1}",
                        null),
                "exitZ");
        assertField(
                send(
                        "POST",
                        "/api/pairs/backtests",
                        "{\"dependent\":\"PAIRY\",\"independent\":\"PAIRX\",\"hedge\":\"fixed\"}",
                        null),
                "hedgeRatio");
        assertThat(send(
                                "POST",
                                "/api/pairs/backtests",
                                "{\"dependent\":\"PAIRY\",\"independent\":\"NOSUCH\",\"hedgeRatio\":1}",
                                null)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> rolling = send(
                "POST",
                "/api/pairs/backtests",
                "{\"dependent\":\"PAIRY\",\"independent\":\"PAIRX\",\"hedge\":\"rolling\",\"lookback\":30,"
                        + "\"evaluation\":\"walk-forward\",\"trainBars\":100,\"testBars\":50}",
                null);
        assertThat(rolling.statusCode()).as(rolling.body()).isEqualTo(200);
        assertThat(json.readTree(rolling.body()).get("folds")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void theScheduleQueuesOneScreenAtATimeAndACancelledScreenStaysCancelled() throws Exception {
        Screen first = screens.scheduled().orElseThrow();
        assertThat(first.trigger()).isEqualTo("schedule");
        // default window: three years up to the last stored day (of any test's bars)
        assertThat(first.settings().trainingTo()).isAfterOrEqualTo(FIRST.plusDays(DAYS - 1));
        assertThat(first.settings().trainingFrom())
                .isEqualTo(first.settings().trainingTo().minusYears(3));
        if (first.active()) {
            assertThat(screens.scheduled()).isEmpty();
        }
        long id = json.readTree(
                        send("POST", "/api/pairs/screens", "{}", ADMIN_TOKEN).body())
                .get("id")
                .asLong();
        HttpResponse<String> cancelled = send("DELETE", "/api/pairs/screens/" + id, null, ADMIN_TOKEN);
        if (cancelled.statusCode() == 200) {
            assertThat(json.readTree(cancelled.body()).get("status").asString()).isEqualTo("cancelled");
            assertThat(awaitEnded(id).get("status").asString()).isEqualTo("cancelled");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM pair_screen_pair WHERE screen_id = ?", Long.class, id))
                    .isZero();
        } else {
            // it ended first: then it cannot be cancelled
            assertThat(cancelled.statusCode()).isEqualTo(409);
        }
        awaitEnded(first.id());
    }

    @Test
    void aScreenWhoseInstanceDiedIsTakenOverAndRunFromTheStart() throws Exception {
        ScreenSettings settings = ScreenRequest.window(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 10, 31))
                .resolve(LocalDate.of(2022, 10, 31));
        // running on an instance that stopped renewing its lease an hour ago, halfway through
        long id = jdbc.queryForObject(
                "INSERT INTO pair_screen (status, trigger, settings, claimed_by, heartbeat_at, started_at, pairs_done,"
                        + " pairs_total) VALUES ('running', 'api', ?::jsonb, 'dead-instance', now() - interval '1 hour',"
                        + " now() - interval '1 hour', 7, 15) RETURNING id",
                Long.class,
                json.writeValueAsString(settings)
                        .replace("\"minObservations\":250", "\"minObservations\":100")
                        .replace("\"source\":null", "\"source\":\"alpaca\""));

        JsonNode screen = awaitEnded(id);

        assertThat(screen.get("status").asString()).isEqualTo("completed");
        assertThat(screen.get("pairsTested").asLong()).isEqualTo(15);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pair_screen_pair WHERE screen_id = ?", Long.class, id))
                .isEqualTo(15);
    }

    private static String screenBody(String from, String to) {
        // this test's source only: other tests leave daily bars of their own behind
        return "{\"source\":\"alpaca\",\"trainingFrom\":" + from + ",\"trainingTo\":" + to
                + ",\"minObservations\":100}";
    }

    private JsonNode awaitEnded(long id) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> ok("/api/pairs/screens/" + id), s -> !List.of("queued", "running")
                        .contains(s.get("status").asString()));
    }

    private void assertField(HttpResponse<String> response, String field) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo(field);
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
