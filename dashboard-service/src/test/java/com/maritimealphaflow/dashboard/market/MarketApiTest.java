package com.maritimealphaflow.dashboard.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.MarketBars.Bar;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The market explorer's endpoints on bars written as the backfills and rollups write them. */
class MarketApiTest extends DatabaseTest {

    static final String HOURS = "MKTHOURS";
    static final String MINUTES = "MKTMINUTES";
    static final String STOCK = "MKTSTOCK";
    static final String DAILY = "MKTDAILY";
    static final String TWICE = "MKTTWICE";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void removeSymbols() {
        for (String symbol : List.of(HOURS, MINUTES, STOCK, DAILY, TWICE)) {
            seed.marketBars().remove(symbol);
        }
        jdbc.update("DELETE FROM ingestion_log WHERE source = 'binance' AND kind LIKE 'market-%'");
        jdbc.update("DELETE FROM qrtz_simple_triggers WHERE sched_name = 'market-api-test'");
        jdbc.update("DELETE FROM qrtz_triggers WHERE sched_name = 'market-api-test'");
        jdbc.update("DELETE FROM qrtz_job_details WHERE sched_name = 'market-api-test'");
    }

    @Test
    void storedBarsAreGivenAsTheyAreWithTheMissingHourAsAGap() throws Exception {
        seedHours();

        JsonNode answer = ok("/api/market/candles?symbol=" + HOURS
                + "&interval=1h&from=2024-03-01T00:00:00Z&to=2024-03-01T06:00:00Z");

        assertThat(answer.get("source").asString()).isEqualTo("binance");
        assertThat(answer.get("basis").asString()).isEqualTo("stored");
        assertThat(answer.get("calendar").asString()).isEqualTo("24x7");
        JsonNode candles = answer.get("candles");
        assertThat(candles).hasSize(5);
        assertThat(candles.get(2).get("time").asString()).isEqualTo("2024-03-01T03:00:00Z");
        assertThat(candles.get(2).get("open").asDouble()).isEqualTo(13);
        assertThat(candles.get(2).get("high").asDouble()).isEqualTo(14);
        assertThat(candles.get(2).get("low").asDouble()).isEqualTo(12);
        assertThat(candles.get(2).get("close").asDouble()).isEqualTo(13.5);
        assertThat(candles.get(2).get("volume").asDouble()).isEqualTo(1);
        assertThat(candles.get(2).get("origin").asString()).isEqualTo("native");
        assertThat(candles.get(2).get("minutes").isNull()).isTrue();
        JsonNode gaps = answer.get("gaps");
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).get("from").asString()).isEqualTo("2024-03-01T02:00:00Z");
        assertThat(gaps.get(0).get("to").asString()).isEqualTo("2024-03-01T03:00:00Z");
        assertThat(gaps.get(0).get("expectedBars").asLong()).isEqualTo(1);
    }

    @Test
    void theDefaultRangeEndsAfterTheLastBarAndTheCsvHoldsTheSameBars() throws Exception {
        seedHours();

        JsonNode answer = ok("/api/market/candles?symbol=" + HOURS + "&interval=1h");
        assertThat(answer.get("to").asString()).isEqualTo("2024-03-01T06:00:00Z");
        // 500 bars back by default, but not before the first bar
        assertThat(answer.get("from").asString()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(answer.get("candles")).hasSize(5);

        HttpResponse<String> csv = get("/api/market/candles?symbol=" + HOURS + "&interval=1h&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(HOURS + "-binance-1h.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("time,open,high,low,close,volume,trades,vwap,minutes,origin");
        assertThat(lines.get(3)).isEqualTo("2024-03-01T03:00:00Z,13,14,12,13.5,1,,,,native");
    }

    @Test
    void anIntervalNotStoredIsRolledUpFromTheMinutesAsTheRollupsWouldBe() throws Exception {
        // 90 minutes from 10:00: open 100 + i, high + 0.5, low - 0.5, close + 0.25, volume 1
        List<Bar> minutes = new ArrayList<>();
        Instant start = Instant.parse("2024-03-01T10:00:00Z");
        for (int i = 0; i < 90; i++) {
            minutes.add(Bar.of(MINUTES, "1m", start.plusSeconds(60L * i), 100 + i, 100.5 + i, 99.5 + i, 100.25 + i));
        }
        seed.marketBars().insertAll(minutes);

        JsonNode answer = ok("/api/market/candles?symbol=" + MINUTES
                + "&interval=1h&from=2024-03-01T10:00:00Z&to=2024-03-01T12:00:00Z");

        assertThat(answer.get("basis").asString()).isEqualTo("minutes");
        assertThat(answer.get("from").asString()).isEqualTo("2024-03-01T10:00:00Z");
        JsonNode candles = answer.get("candles");
        assertThat(candles).hasSize(2);
        assertCandle(candles.get(0), "2024-03-01T10:00:00Z", 100, 159.5, 99.5, 159.25, 60, 60);
        assertCandle(candles.get(1), "2024-03-01T11:00:00Z", 160, 189.5, 159.5, 189.25, 30, 30);
        assertThat(candles.get(0).get("origin").asString()).isEqualTo("minutes");
        assertThat(answer.get("gaps")).isEmpty();

        // a range starting inside a bar starts at the next one: no bar holds minutes before 'from'
        JsonNode later = ok("/api/market/candles?symbol=" + MINUTES
                + "&interval=1h&from=2024-03-01T10:30:00Z&to=2024-03-01T12:00:00Z");
        assertThat(later.get("from").asString()).isEqualTo("2024-03-01T11:00:00Z");
        assertThat(later.get("candles")).hasSize(1);

        JsonNode asStored = ok("/api/market/candles?symbol=" + MINUTES
                + "&interval=1m&from=2024-03-01T10:00:00Z&to=2024-03-01T12:00:00Z");
        assertThat(asStored.get("basis").asString()).isEqualTo("stored");
        assertThat(asStored.get("candles")).hasSize(90);
        // the half hour after the last minute is missing on a market that never closes
        assertThat(asStored.get("gaps")).hasSize(1);
        assertThat(asStored.get("gaps").get(0).get("expectedBars").asLong()).isEqualTo(30);

        assertBadRequest(
                "/api/market/candles?symbol=" + MINUTES + "&interval=1h&basis=stored&from=2024-03-01T10:00:00Z", "404");
        assertBadRequest("/api/market/candles?symbol=" + MINUTES + "&interval=1m&basis=minutes", "basis");
    }

    @Test
    void dailyBarsOfAStockFollowTheNewYorkDay() throws Exception {
        seed.marketBars().instrument("polygon", STOCK, "stocks");
        List<Bar> minutes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            minutes.add(stockMinute(Instant.parse("2024-01-03T14:30:00Z").plusSeconds(60L * i), 10 + i));
        }
        for (int i = 0; i < 2; i++) {
            minutes.add(stockMinute(Instant.parse("2024-01-04T14:30:00Z").plusSeconds(60L * i), 20 + i));
        }
        seed.marketBars().insertAll(minutes);

        JsonNode answer = ok("/api/market/candles?symbol=" + STOCK
                + "&interval=1d&from=2024-01-03T05:00:00Z&to=2024-01-05T05:00:00Z");

        assertThat(answer.get("calendar").asString()).isEqualTo("us-equities");
        JsonNode candles = answer.get("candles");
        assertThat(candles).hasSize(2);
        assertCandle(candles.get(0), "2024-01-03T05:00:00Z", 10, 14, 10, 14, 5, 5);
        assertCandle(candles.get(1), "2024-01-04T05:00:00Z", 20, 21, 20, 21, 2, 2);
    }

    @Test
    void gapsOfADailySeriesSkipWeekendsAndHolidaysButNotAMissingTradingDay() throws Exception {
        seed.marketBars().instrument("polygon", DAILY, "stocks");
        List<Bar> days = new ArrayList<>();
        // Tue 2 Jan, Wed 3, (Thu 4 missing), Fri 5, Mon 8, (Tue 9 to Thu 11 missing), Fri 12, (Mon 15 holiday), Tue 16
        for (String day : List.of("02", "03", "05", "08", "12", "16")) {
            days.add(new Bar(
                    DAILY, "1d", "polygon", false, Instant.parse("2024-01-" + day + "T05:00:00Z"), 1, 1, 1, 1, 1));
        }
        seed.marketBars().insertAll(days);

        JsonNode answer = ok("/api/market/gaps?symbol=" + DAILY + "&interval=1d");

        assertThat(answer.get("from").asString()).isEqualTo("2024-01-02T05:00:00Z");
        assertThat(answer.get("to").asString()).isEqualTo("2024-01-17T05:00:00Z");
        assertThat(answer.get("missingBars").asLong()).isEqualTo(4);
        JsonNode gaps = answer.get("gaps");
        assertThat(gaps).hasSize(2);
        assertThat(gaps.get(0).get("from").asString()).isEqualTo("2024-01-04T05:00:00Z");
        assertThat(gaps.get(0).get("to").asString()).isEqualTo("2024-01-05T05:00:00Z");
        assertThat(gaps.get(1).get("from").asString()).isEqualTo("2024-01-09T05:00:00Z");
        assertThat(gaps.get(1).get("to").asString()).isEqualTo("2024-01-12T05:00:00Z");
        assertThat(gaps.get(1).get("expectedBars").asLong()).isEqualTo(3);

        // the candles of the same series mark the same gaps
        JsonNode candles = ok("/api/market/candles?symbol=" + DAILY
                + "&interval=1d&from=2024-01-02T05:00:00Z&to=2024-01-17T05:00:00Z");
        assertThat(candles.get("gaps")).isEqualTo(gaps);
    }

    @Test
    void badParametersAreRefusedNamingThem() throws Exception {
        seedHours();
        seed.marketBars()
                .insert(
                        new Bar(TWICE, "1h", "binance", false, Instant.parse("2024-03-01T00:00:00Z"), 1, 1, 1, 1, 1),
                        new Bar(TWICE, "1h", "csv", false, Instant.parse("2024-03-01T00:00:00Z"), 1, 1, 1, 1, 1));

        assertBadRequest("/api/market/candles?interval=1h", "symbol");
        assertBadRequest("/api/market/candles?symbol=BTC%0AUSDT&interval=1h", "symbol");
        assertBadRequest("/api/market/candles?symbol=" + HOURS, "interval");
        assertBadRequest("/api/market/candles?symbol=" + HOURS + "&interval=2h", "interval");
        assertBadRequest("/api/market/candles?symbol=" + HOURS + "&interval=1h&source=kraken", "source");
        assertBadRequest("/api/market/candles?symbol=" + HOURS + "&interval=1h&basis=guess", "basis");
        assertBadRequest("/api/market/candles?symbol=" + HOURS + "&interval=1h&format=xml", "format");
        assertBadRequest(
                "/api/market/candles?symbol=" + HOURS
                        + "&interval=1h&from=2024-03-02T00:00:00Z&to=2024-03-01T00:00:00Z",
                "to");
        assertBadRequest("/api/market/candles?symbol=" + HOURS + "&interval=1h&from=0001-01-01T00:00:00Z", "from");
        // more than 50,000 hours
        assertBadRequest(
                "/api/market/candles?symbol=" + HOURS
                        + "&interval=1h&from=2010-01-01T00:00:00Z&to=2024-03-01T00:00:00Z",
                "from");
        assertBadRequest("/api/market/candles?symbol=" + TWICE + "&interval=1h", "source");
        assertThat(ok("/api/market/candles?symbol=" + TWICE + "&interval=1h&source=csv")
                        .get("source")
                        .asString())
                .isEqualTo("csv");
        assertBadRequest("/api/market/candles?symbol=NOSUCHSYMBOL&interval=1h", "404");
        assertBadRequest("/api/market/gaps?symbol=" + HOURS + "&interval=1m", "404");
        // more than a million minutes
        seed.marketBars().insert(Bar.of(HOURS, "1m", Instant.parse("2024-03-01T00:00:00Z"), 1, 1, 1, 1));
        assertBadRequest("/api/market/gaps?symbol=" + HOURS + "&interval=1m&from=2020-01-01T00:00:00Z", "from");
        assertBadRequest("/api/market/overview?days=0", "days");
    }

    @Test
    void theOverviewListsSeriesInstrumentsDailyCountsSchedulesAndFailures() throws Exception {
        seedHours();
        jdbc.update("UPDATE market_instrument SET quote_asset = 'USDT' WHERE source = 'binance' AND symbol = ?", HOURS);
        jdbc.update("INSERT INTO ingestion_log (source, kind, started_at, ended_at, status, bars_stored)"
                + " VALUES ('binance', 'market-update', now() - interval '1 hour', now(), 'completed', 42)");
        jdbc.update("INSERT INTO ingestion_log (source, kind, started_at, ended_at, status, bars_stored, error)"
                + " VALUES ('binance', 'market-update', now() - interval '2 hours', now() - interval '2 hours',"
                + " 'failed', 0, 'HTTP 418 from Binance')");
        jdbc.update("INSERT INTO qrtz_job_details (sched_name, job_name, job_group, job_class_name, is_durable,"
                + " is_nonconcurrent, is_update_data, requests_recovery)"
                + " VALUES ('market-api-test', 'update-binance', 'market', 'x', false, false, false, false)");
        jdbc.update("INSERT INTO qrtz_triggers (sched_name, trigger_name, trigger_group, job_name, job_group,"
                + " next_fire_time, prev_fire_time, trigger_state, trigger_type, start_time)"
                + " VALUES ('market-api-test', 'update-binance', 'market', 'update-binance', 'market',"
                + " 1709251500000, 1709251200000, 'WAITING', 'SIMPLE', 0)");
        jdbc.update("INSERT INTO qrtz_simple_triggers (sched_name, trigger_name, trigger_group, repeat_count,"
                + " repeat_interval, times_triggered) VALUES ('market-api-test', 'update-binance', 'market', -1,"
                + " 300000, 7)");

        JsonNode overview = ok("/api/market/overview?days=7");

        JsonNode series = find(overview.get("series"), "symbol", HOURS);
        assertThat(series.get("interval").asString()).isEqualTo("1h");
        assertThat(series.get("bars").asLong()).isEqualTo(5);
        assertThat(series.get("rollups").asLong()).isZero();
        assertThat(series.get("firstBar").asString()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(series.get("lastBar").asString()).isEqualTo("2024-03-01T05:00:00Z");
        JsonNode group = find(overview.get("instruments"), "quoteAsset", "USDT");
        assertThat(group.get("source").asString()).isEqualTo("binance");
        assertThat(group.get("instruments").asLong()).isGreaterThanOrEqualTo(1);
        long ingested = 0;
        for (JsonNode day : overview.get("barsIngested")) {
            ingested += day.get("count").asLong();
        }
        assertThat(ingested).isEqualTo(42);
        JsonNode schedule = find(overview.get("schedules"), "job", "update-binance");
        assertThat(schedule.get("every").asLong()).isEqualTo(300);
        assertThat(schedule.get("previousFire").asString()).isEqualTo("2024-03-01T00:00:00Z");
        assertThat(schedule.get("nextFire").asString()).isEqualTo("2024-03-01T00:05:00Z");
        JsonNode lastRun = find(overview.get("lastRuns"), "kind", "market-update");
        assertThat(lastRun.get("status").asString()).isEqualTo("completed");
        assertThat(lastRun.get("barsStored").asLong()).isEqualTo(42);
        JsonNode failure = find(overview.get("failures"), "error", "HTTP 418 from Binance");
        assertThat(failure.get("kind").asString()).isEqualTo("market-update");
    }

    private void seedHours() {
        seed.marketBars().instrument("binance", HOURS, "crypto");
        List<Bar> bars = new ArrayList<>();
        for (int hour : new int[] {0, 1, 3, 4, 5}) {
            bars.add(Bar.of(
                    HOURS,
                    "1h",
                    Instant.parse("2024-03-01T0" + hour + ":00:00Z"),
                    10 + hour,
                    11 + hour,
                    9 + hour,
                    10.5 + hour));
        }
        seed.marketBars().insertAll(bars);
    }

    private static Bar stockMinute(Instant time, double price) {
        return new Bar(STOCK, "1m", "polygon", false, time, price, price, price, price, 1);
    }

    private static void assertCandle(
            JsonNode candle,
            String time,
            double open,
            double high,
            double low,
            double close,
            double volume,
            int minutes) {
        assertThat(candle.get("time").asString()).isEqualTo(time);
        assertThat(candle.get("open").asDouble()).isEqualTo(open);
        assertThat(candle.get("high").asDouble()).isEqualTo(high);
        assertThat(candle.get("low").asDouble()).isEqualTo(low);
        assertThat(candle.get("close").asDouble()).isEqualTo(close);
        assertThat(candle.get("volume").asDouble()).isEqualTo(volume);
        assertThat(candle.get("minutes").asInt()).isEqualTo(minutes);
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode node : list) {
            if (value.equals(node.path(field).asString(null))) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + list);
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** A 400 naming the parameter, or the status itself when {@code parameter} is a number (e.g. "404"). */
    private void assertBadRequest(String path, String parameter) throws Exception {
        HttpResponse<String> response = get(path);
        if (parameter.chars().allMatch(Character::isDigit)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(Integer.parseInt(parameter));
            return;
        }
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
