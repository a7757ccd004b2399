package com.maritimealphaflow.dashboard.ticks;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import com.maritimealphaflow.dashboard.support.SeededTicks;
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

/** The tick API on rows written as the aggregation service writes them. */
class TickApiTest extends DatabaseTest {

    static final Instant T = Instant.parse("2021-11-12T12:00:00Z");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    SeededTicks ticks;
    List<Long> iebbb;
    long btc;

    @BeforeEach
    void seedTicks() {
        ticks = new SeededTicks(jdbc).emptyTables();
        // three days of windows up to T
        ticks.symbolWithWindows("IEBBB.FR", T, 3 * 288, 100);
        ticks.symbolWithWindows("BTCUSDT", T.plus(Duration.ofHours(1)), 10, 50_000);
        ticks.symbolWithWindows("XBTC.DE", T, 5, 10);
        iebbb = new ArrayList<>();
        iebbb.add(ticks.crossover("IEBBB.FR", T.minus(Duration.ofHours(60)), "bullish", 101));
        iebbb.add(ticks.crossover("IEBBB.FR", T.minus(Duration.ofDays(1)), "bearish", 102));
        iebbb.add(ticks.crossover("IEBBB.FR", T.minus(Duration.ofHours(12)), "bullish", 103));
        iebbb.add(ticks.crossover("IEBBB.FR", T.minus(Duration.ofHours(1)), "bearish", 104));
        btc = ticks.crossover("BTCUSDT", T.plus(Duration.ofHours(1)), "bullish", 50_009);
    }

    @Test
    void windowsDefaultToTheSymbolsLastTwoDaysWithTheBreakoutsAmongThem() throws Exception {
        JsonNode answer = ok("/api/ticks/IEBBB.FR/windows");

        assertThat(answer.get("symbol").asString()).isEqualTo("IEBBB.FR");
        assertThat(answer.get("from").asString()).isEqualTo("2021-11-10T12:00:00Z");
        assertThat(answer.get("to").asString()).isEqualTo("2021-11-12T12:05:00Z");
        assertThat(answer.get("lastWindow").asString()).isEqualTo("2021-11-12T12:00:00Z");
        assertThat(answer.get("truncated").asBoolean()).isFalse();
        JsonNode windows = answer.get("windows");
        assertThat(windows).hasSize(2 * 288 + 1);
        assertThat(windows.get(0).get("windowEnd").asString()).isEqualTo("2021-11-10T12:00:00Z");
        JsonNode last = windows.get(windows.size() - 1);
        assertThat(last.get("windowEnd").asString()).isEqualTo("2021-11-12T12:00:00Z");
        assertThat(last.get("close").asDouble()).isEqualTo(100 + 3 * 288 - 1);
        assertThat(last.get("ema38").asDouble()).isEqualTo((100 + 3 * 288 - 1) * 0.99);
        assertThat(last.get("ema100").asDouble()).isEqualTo((100 + 3 * 288 - 1) * 0.98);
        assertThat(last.get("lastEventTime").asString()).isEqualTo("2021-11-12T11:59:53Z");
        assertThat(ids(answer.get("breakouts"))).containsExactly(iebbb.get(1), iebbb.get(2), iebbb.get(3));
    }

    @Test
    void windowsOfAnExplicitRangeExcludeItsEnd() throws Exception {
        JsonNode answer = ok("/api/ticks/IEBBB.FR/windows?from=2021-11-12T11:00:00Z&to=2021-11-12T12:00:00Z");

        assertThat(answer.get("windows")).hasSize(12);
        assertThat(answer.get("windows").get(11).get("windowEnd").asString()).isEqualTo("2021-11-12T11:55:00Z");
        assertThat(ids(answer.get("breakouts"))).containsExactly(iebbb.get(3));
        assertThat(answer.get("breakouts").get(0).get("kind").asString()).isEqualTo("bearish");
    }

    @Test
    void aRangeLongerThanTheLimitGivesItsLatestWindowsFlaggedTruncated() throws Exception {
        JsonNode answer = ok("/api/ticks/IEBBB.FR/windows?limit=10");

        assertThat(answer.get("truncated").asBoolean()).isTrue();
        assertThat(answer.get("windows")).hasSize(10);
        assertThat(answer.get("windows").get(0).get("windowEnd").asString()).isEqualTo("2021-11-12T11:15:00Z");
        // the breakout an hour before T lies before the first window shown
        assertThat(answer.get("breakouts")).isEmpty();
    }

    @Test
    void breakoutsOfASymbolAreItsLastThreeLatestFirst() throws Exception {
        JsonNode breakouts = ok("/api/ticks/breakouts?symbol=IEBBB.FR").get("breakouts");

        assertThat(ids(breakouts)).containsExactly(iebbb.get(3), iebbb.get(2), iebbb.get(1));
        JsonNode latest = breakouts.get(0);
        assertThat(latest.get("symbol").asString()).isEqualTo("IEBBB.FR");
        assertThat(latest.get("windowEnd").asString()).isEqualTo("2021-11-12T11:00:00Z");
        assertThat(latest.get("kind").asString()).isEqualTo("bearish");
        assertThat(latest.get("lastEventTime").asString()).isEqualTo("2021-11-12T10:59:57Z");
        assertThat(latest.get("close").asDouble()).isEqualTo(104);
        assertThat(latest.has("ema38")).isTrue();
        assertThat(latest.has("ema100")).isTrue();
        assertThat(ids(ok("/api/ticks/breakouts?symbol=IEBBB.FR&limit=10").get("breakouts")))
                .hasSize(4);
    }

    @Test
    void breakoutsWithoutASymbolAreTheLatestAcrossAllSymbols() throws Exception {
        assertThat(ids(ok("/api/ticks/breakouts").get("breakouts")))
                .containsExactly(btc, iebbb.get(3), iebbb.get(2), iebbb.get(1), iebbb.get(0));
        assertThat(ids(ok("/api/ticks/breakouts?limit=2").get("breakouts"))).containsExactly(btc, iebbb.get(3));
    }

    @Test
    void searchListsSymbolsStartingWithTheTextFirstThenThoseContainingIt() throws Exception {
        JsonNode symbols = ok("/api/ticks/symbols?q=btc").get("symbols");

        assertThat(symbols.findValuesAsString("symbol")).containsExactly("BTCUSDT", "XBTC.DE");
        JsonNode first = symbols.get(0);
        assertThat(first.get("lastClose").asDouble()).isEqualTo(50_009);
        assertThat(first.get("windows").asLong()).isEqualTo(10);
        assertThat(first.get("lastWindow").asString()).isEqualTo("2021-11-12T13:00:00Z");
        assertThat(first.get("lastBreakoutKind").asString()).isEqualTo("bullish");
        assertThat(first.get("lastBreakoutWindow").asString()).isEqualTo("2021-11-12T13:00:00Z");
        assertThat(symbols.get(1).get("lastBreakoutKind").isNull()).isTrue();
        assertThat(ok("/api/ticks/symbols").get("symbols").findValuesAsString("symbol"))
                .containsExactly("BTCUSDT", "IEBBB.FR", "XBTC.DE");
        assertThat(ok("/api/ticks/symbols?q=.").get("symbols").findValuesAsString("symbol"))
                .containsExactly("IEBBB.FR", "XBTC.DE");
        assertThat(ok("/api/ticks/symbols?q=_").get("symbols")).isEmpty();
        assertThat(ok("/api/ticks/symbols?limit=1").get("symbols")).hasSize(1);
    }

    @Test
    void refusesEachUnusableParameterNamingIt() throws Exception {
        assertRefused("/api/ticks/BAD!SYMBOL/windows", "symbol");
        assertRefused("/api/ticks/" + "A".repeat(41) + "/windows", "symbol");
        assertRefused("/api/ticks/IEBBB.FR/windows?from=yesterday", "from");
        assertRefused("/api/ticks/IEBBB.FR/windows?to=1800-01-01T00:00:00Z", "to");
        assertRefused("/api/ticks/IEBBB.FR/windows?from=2021-11-12T00:00:00Z&to=2021-11-11T00:00:00Z", "to");
        assertRefused("/api/ticks/IEBBB.FR/windows?from=2021-11-13T00:00:00Z", "from");
        assertRefused("/api/ticks/IEBBB.FR/windows?limit=0", "limit");
        assertRefused("/api/ticks/IEBBB.FR/windows?limit=20001", "limit");
        assertRefused("/api/ticks/IEBBB.FR/windows?limit=many", "limit");
        assertRefused("/api/ticks/breakouts?symbol=BAD!", "symbol");
        assertRefused("/api/ticks/breakouts?limit=501", "limit");
        assertRefused("/api/ticks/breakouts?symbol=IEBBB.FR&limit=0", "limit");
        assertRefused("/api/ticks/symbols?q=a*b", "q");
        assertRefused("/api/ticks/symbols?limit=101", "limit");
    }

    @Test
    void anUnknownSymbolIsNotFound() throws Exception {
        assertThat(get("/api/ticks/NOPE.FR/windows").statusCode()).isEqualTo(404);
        HttpResponse<String> breakouts = get("/api/ticks/breakouts?symbol=NOPE.FR");
        assertThat(breakouts.statusCode()).isEqualTo(404);
        assertThat(json.readTree(breakouts.body()).get("message").asString()).contains("NOPE.FR");
    }

    private void assertRefused(String path, String parameter) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("parameter").asString())
                .as(path)
                .isEqualTo(parameter);
    }

    private JsonNode ok(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<Long> ids(JsonNode breakouts) {
        List<Long> ids = new ArrayList<>();
        breakouts.forEach(b -> ids.add(b.get("id").asLong()));
        return ids;
    }
}
