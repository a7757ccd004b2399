package com.maritimealphaflow.dashboard.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.backtest.engine.GridSearch;
import com.maritimealphaflow.dashboard.support.SeededMarket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optimizer, its background jobs, the instrument list and the CSV downloads over HTTP, against bars and counts
 * stored in PostgreSQL.
 */
class OptimizationApiTest extends DatabaseTest {

    private static final String RANGE = "\"symbol\":\"TESTUSDT\",\"interval\":\"1h\","
            + "\"from\":\"2026-11-01T00:00:00Z\",\"to\":\"2026-11-03T00:00:00Z\"";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void seed() {
        seed.emptyTables();
        SeededMarket.risingThenFalling(jdbc);
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void walkForwardChoosesOnEachFoldsPastAndChainsTheFoldsOutOfSampleResults() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/api/backtests/optimizations",
                "{" + RANGE + ",\"fastMin\":2,\"fastMax\":4,\"slowMin\":3,\"slowMax\":8,"
                        + "\"validation\":\"walk-forward\",\"folds\":2,\"mode\":\"long-short\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("validation").asString()).isEqualTo("walk-forward");
        JsonNode folds = body.get("folds");
        assertThat(folds).hasSize(2);
        // 48 bars in three equal parts: fold 1 learns on 16 and is judged on the next 16, fold 2 learns on 32
        assertThat(folds.get(0).get("inSampleBars").asInt()).isEqualTo(16);
        assertThat(folds.get(0).get("outOfSampleBars").asInt()).isEqualTo(16);
        assertThat(folds.get(1).get("inSampleBars").asInt()).isEqualTo(32);
        assertThat(folds.get(1).get("outOfSampleBars").asInt()).isEqualTo(16);
        Instant firstSplit = Instant.ofEpochMilli(folds.get(0).get("splitTime").asLong());
        assertThat(firstSplit).isEqualTo(SeededMarket.START.plus(Duration.ofHours(16)));
        assertThat(folds.get(0).get("outOfSampleTo").asLong())
                .isEqualTo(folds.get(1).get("splitTime").asLong());
        // the heatmap and the best cells are the last fold's, and its choice is the best cell
        assertThat(body.get("inSampleBars").asInt()).isEqualTo(32);
        assertThat(body.get("best").get(0).get("fast").asInt())
                .isEqualTo(folds.get(1).get("fast").asInt());
        assertThat(body.get("best").get(0).get("slow").asInt())
                .isEqualTo(folds.get(1).get("slow").asInt());
        // chained out-of-sample: each fold's return compounds onto the previous one's
        double chained = (1 + folds.get(0).get("outOfSample").get("totalReturn").asDouble())
                        * (1
                                + folds.get(1)
                                        .get("outOfSample")
                                        .get("totalReturn")
                                        .asDouble())
                - 1;
        assertThat(body.get("walkForward").get("totalReturn").asDouble()).isCloseTo(chained, within(1e-12));
        assertThat(body.get("walkForward").get("bars").asInt()).isEqualTo(32);
        assertThat(body.get("combinationsTried").asInt()).isEqualTo(GridSearch.combinations(2, 4, 3, 8));
        assertThat(body.get("warning").asString()).contains("each of the 2 folds");
        // 31 in-sample returns: 16 blocks would leave some with one, so 14 when none are asked for
        JsonNode luck = body.get("luck");
        assertThat(luck.get("inSample").asString()).isEqualTo(LuckAssessment.LAST_FOLD_IN_SAMPLE);
        assertThat(luck.get("inSampleReturns").asInt()).isEqualTo(31);
        assertThat(luck.get("blocks").asInt()).isEqualTo(14);
        assertLuck(luck, 14, GridSearch.combinations(2, 4, 3, 8));
    }

    @Test
    void aHoldoutSaysHowLikelyItsBestCellIsLuckWithTheBlocksAndSeedAsked() throws Exception {
        String request = "{" + RANGE + ",\"fastMin\":2,\"fastMax\":6,\"slowMin\":3,\"slowMax\":12,"
                + "\"mode\":\"long-short\",\"blocks\":8,\"seed\":7}";
        HttpResponse<String> response = send("POST", "/api/backtests/optimizations", request);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode luck = json.readTree(response.body()).get("luck");
        assertThat(luck.get("inSample").asString()).isEqualTo(LuckAssessment.HOLDOUT_IN_SAMPLE);
        // 70 % of 48 bars in-sample: 33 bars, 32 returns
        assertThat(luck.get("inSampleReturns").asInt()).isEqualTo(32);
        assertLuck(luck, 8, GridSearch.combinations(2, 6, 3, 12));
        assertThat(luck.get("bootstrap").get("seed").asLong()).isEqualTo(7);
        // the engine is deterministic and the bootstrap seeded: the same request, the same answer
        JsonNode again = json.readTree(
                        send("POST", "/api/backtests/optimizations", request).body())
                .get("luck");
        assertThat(again).isEqualTo(luck);
    }

    @Test
    void oddOrTooManyBlocksAreA400NamingBlocks() throws Exception {
        HttpResponse<String> odd = send("POST", "/api/backtests/optimizations", "{" + RANGE + ",\"blocks\":7}");
        assertThat(odd.statusCode()).isEqualTo(400);
        assertThat(json.readTree(odd.body()).get("parameter").asString()).isEqualTo("blocks");

        HttpResponse<String> tooMany =
                send("POST", "/api/backtests/optimizations", "{" + RANGE + ",\"slowMax\":12,\"blocks\":20}");
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
        JsonNode refusal = json.readTree(tooMany.body());
        assertThat(refusal.get("parameter").asString()).isEqualTo("blocks");
        assertThat(tooMany.body()).contains("32 returns");
    }

    private static void assertLuck(JsonNode luck, int blocks, long cells) {
        assertThat(luck.get("notes")).as(luck.toString()).isEmpty();
        assertThat(luck.get("cellsTried").asLong()).isEqualTo(cells);
        for (String probability : new String[] {"dsr", "psr", "pbo"}) {
            assertThat(luck.get(probability).asDouble()).as(probability).isBetween(0.0, 1.0);
        }
        assertThat(luck.get("sharpeVariance").asDouble()).isGreaterThanOrEqualTo(0);
        long splits = binomial(blocks, blocks / 2);
        assertThat(luck.get("splits").asLong()).isEqualTo(splits);
        long counted = 0;
        for (JsonNode count : luck.get("lambdaHistogram").get("counts")) {
            counted += count.asLong();
        }
        assertThat(counted).isEqualTo(splits);
        JsonNode bootstrap = luck.get("bootstrap");
        assertThat(bootstrap.get("resamples").asInt()).isEqualTo(1_000);
        for (String figure : new String[] {"totalReturn", "sharpe", "maxDrawdown"}) {
            JsonNode interval = bootstrap.get(figure);
            assertThat(interval.get("lower").asDouble())
                    .as(figure)
                    .isLessThanOrEqualTo(interval.get("upper").asDouble());
        }
        assertThat(bootstrap.get("probabilityPositiveSharpe").asDouble()).isBetween(0.0, 1.0);
        assertThat(luck.get("readings").get("dsr").asString()).startsWith("DSR is");
    }

    private static long binomial(int n, int k) {
        long c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    @Test
    void tooManyFoldsForTheLengthsIsA400NamingFolds() throws Exception {
        HttpResponse<String> response = send(
                "POST",
                "/api/backtests/optimizations",
                "{" + RANGE + ",\"slowMin\":20,\"slowMax\":30,\"validation\":\"walk-forward\",\"folds\":5}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo("folds");
    }

    @Test
    void aJobRunsInTheBackgroundAndAnswersItsResultWhenDone() throws Exception {
        HttpResponse<String> started = send(
                "POST",
                "/api/backtests/optimizations/jobs",
                "{" + RANGE + ",\"fastMin\":2,\"fastMax\":5,\"slowMin\":3,\"slowMax\":12}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode job = json.readTree(started.body());
        String id = job.get("id").asString();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/backtests/optimizations/jobs/" + id);
        assertThat(job.get("total").asLong()).isEqualTo(GridSearch.combinations(2, 5, 3, 12));

        JsonNode finished = waitUntilFinished(id);
        assertThat(finished.get("state").asString()).isEqualTo("done");
        assertThat(finished.get("done").asLong())
                .isEqualTo(finished.get("total").asLong());
        JsonNode result = finished.get("result");
        assertThat(result.get("validation").asString()).isEqualTo("holdout");
        assertThat(result.get("best")).isNotEmpty();
        // a job answers the same luck as a request that waits
        assertThat(result.get("luck").get("pbo").asDouble()).isBetween(0.0, 1.0);
        JsonNode answered = json.readTree(send(
                                "POST",
                                "/api/backtests/optimizations",
                                "{" + RANGE + ",\"fastMin\":2,\"fastMax\":5,\"slowMin\":3,\"slowMax\":12}")
                        .body())
                .get("luck");
        assertThat(result.get("luck")).isEqualTo(answered);
        String luckCsv = send("GET", "/api/backtests/optimizations/jobs/" + id + "/luck.csv", null)
                .body();
        assertThat(luckCsv)
                .startsWith("name,value\r\n")
                .contains("\r\ndsr," + answered.get("dsr").asDouble() + "\r\n")
                .contains("\r\npbo," + answered.get("pbo").asDouble() + "\r\n")
                // long only, the chosen cell stays flat while the counts fall out of sample: nothing to resample
                .contains("\r\noos_sharpe_lower,\r\n");
        assertThat(answered.get("bootstrap").isNull()).isTrue();
        assertThat(answered.get("notes").get(0).asString()).startsWith("Bootstrap: ");

        HttpResponse<String> grid = send("GET", "/api/backtests/optimizations/jobs/" + id + "/grid.csv", null);
        assertThat(grid.statusCode()).isEqualTo(200);
        assertThat(grid.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String[] lines = grid.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("fast,slow,in_sample_sharpe,best_rank");
        assertThat(lines).hasSize(1 + (int) GridSearch.combinations(2, 5, 3, 12));
        JsonNode best = result.get("best").get(0);
        assertThat(lines)
                .anyMatch(line -> line.startsWith(best.get("fast").asInt() + ","
                                + best.get("slow").asInt())
                        && line.endsWith(",1"));
    }

    @Test
    void aBadJobIsRefusedBeforeItStartsAndAnUnknownJobIs404() throws Exception {
        HttpResponse<String> refused =
                send("POST", "/api/backtests/optimizations/jobs", "{" + RANGE + ",\"validation\":\"k-fold\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("parameter").asString()).isEqualTo("validation");

        assertThat(send("GET", "/api/backtests/optimizations/jobs/no-such-job", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("DELETE", "/api/backtests/optimizations/jobs/no-such-job", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void instrumentsListEveryStoredSeriesWithItsFirstAndLastBar() throws Exception {
        HttpResponse<String> response = send("GET", "/api/backtests/instruments", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode instruments = json.readTree(response.body());
        assertThat(instruments).hasSize(1);
        JsonNode series = instruments.get(0);
        assertThat(series.get("symbol").asString()).isEqualTo("TESTUSDT");
        assertThat(series.get("interval").asString()).isEqualTo("1h");
        assertThat(series.get("source").asString()).isEqualTo("binance");
        assertThat(Instant.parse(series.get("firstBar").asString())).isEqualTo(SeededMarket.START);
        assertThat(Instant.parse(series.get("lastBar").asString()))
                .isEqualTo(SeededMarket.START.plus(Duration.ofHours(47)));
    }

    @Test
    void theBacktestsCurvesTradesAndMetricsDownloadAsCsv() throws Exception {
        String request = "{" + RANGE + ",\"fast\":2,\"slow\":4}";
        JsonNode backtest =
                json.readTree(send("POST", "/api/backtests", request).body());

        String curves = send("POST", "/api/backtests/curves.csv", request).body();
        String[] curveLines = curves.split("\r\n");
        assertThat(curveLines[0]).isEqualTo("bar_close,equity,buy_and_hold,drawdown");
        assertThat(curveLines).hasSize(1 + 48);
        assertThat(curveLines[48])
                .startsWith(Instant.ofEpochMilli(backtest.get("times").get(47).asLong()) + ","
                        + backtest.get("equity").get(47).asDouble());

        String[] tradeLines =
                send("POST", "/api/backtests/trades.csv", request).body().split("\r\n");
        assertThat(tradeLines).hasSize(1 + backtest.get("trades").size());
        assertThat(tradeLines[1]).startsWith("long,");

        HttpResponse<String> metrics = send("POST", "/api/backtests/metrics.csv", request);
        assertThat(metrics.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("backtest-metrics.csv"));
        assertThat(metrics.body())
                .contains("\r\nfast,2\r\n")
                .contains("\r\ntrades," + backtest.get("metrics").get("trades").asInt() + "\r\n")
                .contains("\r\ntotal_return,"
                        + backtest.get("metrics").get("totalReturn").asDouble() + "\r\n");

        HttpResponse<String> refused =
                send("POST", "/api/backtests/trades.csv", "{" + RANGE + ",\"fast\":4,\"slow\":4}");
        assertThat(refused.statusCode()).isEqualTo(400);
    }

    private JsonNode waitUntilFinished(String id) {
        return Awaitility.await("job " + id + " finished")
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> json.readTree(send("GET", "/api/backtests/optimizations/jobs/" + id, null)
                                .body()),
                        status -> !status.get("state").asString().equals("queued")
                                && !status.get("state").asString().equals("running"));
    }
}
