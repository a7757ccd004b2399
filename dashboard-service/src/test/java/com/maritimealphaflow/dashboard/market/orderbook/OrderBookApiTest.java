package com.maritimealphaflow.dashboard.market.orderbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.dashboard.DatabaseTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The order book API over real HTTP on snapshots stored as the ingestion service stores them. */
class OrderBookApiTest extends DatabaseTest {

    static final Instant T = Instant.parse("2026-10-01T12:00:00Z");

    static final String FIRST_BIDS = "[[\"100.00000000\",\"1.00000000\"]]";
    static final String FIRST_ASKS = "[[\"101.00000000\",\"2.00000000\"]]";
    static final String BIDS =
            "[[\"100.50000000\",\"0.50000000\"],[\"100.25000000\",\"1.25000000\"],[\"99.00000000\",\"2.00000000\"]]";
    static final String ASKS =
            "[[\"100.75000000\",\"0.40000000\"],[\"101.00000000\",\"1.60000000\"],[\"102.50000000\",\"3.00000000\"]]";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    // decimals as BigDecimal, so that the exact digits the API sends are what the assertions see
    final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    SeededOrderBooks books;
    String symbol;

    @BeforeEach
    void seedBooks() {
        books = new SeededOrderBooks(jdbc);
        symbol = books.symbol("OBA");
        books.snapshot("binance", symbol, 11, T, FIRST_BIDS, FIRST_ASKS);
        books.snapshot("binance", symbol, 12, T.plus(Duration.ofMinutes(1)), BIDS, ASKS);
    }

    @AfterEach
    void removeBooks() {
        books.remove();
    }

    @Test
    void latestSnapshotHasExactCumulativeSumsAndItsTopOfBook() throws Exception {
        JsonNode book = ok("/api/market/orderbook?symbol=" + symbol);

        assertThat(book.get("source").asString()).isEqualTo("binance");
        assertThat(book.get("symbol").asString()).isEqualTo(symbol);
        assertThat(book.get("time").asString()).isEqualTo("2026-10-01T12:01:00Z");
        assertThat(book.get("lastUpdateId").asLong()).isEqualTo(12);
        assertThat(book.get("depth").asInt()).isEqualTo(100);
        assertThat(book.get("bidLevels").asInt()).isEqualTo(3);
        assertThat(book.get("askLevels").asInt()).isEqualTo(3);
        assertThat(book.get("levels").asInt()).isEqualTo(100);
        assertThat(book.get("crossed").asBoolean()).isFalse();
        assertDecimal(book, "bestBid", "100.5");
        assertDecimal(book, "bestAsk", "100.75");
        assertDecimal(book, "spread", "0.25");
        assertDecimal(book, "mid", "100.625");
        // 0.25 / 100.625 × 10,000 = 24.8447204968…
        assertDecimal(book, "spreadBps", "24.84472");

        JsonNode bids = book.get("bids");
        assertThat(bids).hasSize(3);
        assertLevel(bids.get(0), "100.5", "0.5", "0.5", "50.25");
        // 50.25 + 100.25 × 1.25
        assertLevel(bids.get(1), "100.25", "1.25", "1.75", "175.5625");
        // 175.5625 + 99 × 2
        assertLevel(bids.get(2), "99", "2", "3.75", "373.5625");
        JsonNode asks = book.get("asks");
        assertLevel(asks.get(0), "100.75", "0.4", "0.4", "40.3");
        // 40.3 + 101 × 1.6
        assertLevel(asks.get(1), "101", "1.6", "2", "201.9");
        // 201.9 + 102.5 × 3
        assertLevel(asks.get(2), "102.5", "3", "5", "509.4");
        // exact digits, trailing zeros dropped: what a client parses is the stored decimal
        assertThat(get("/api/market/orderbook?symbol=" + symbol).body()).contains("\"cumulativeNotional\":175.5625");
    }

    @Test
    void levelsLimitsEachSideToItsBestLevels() throws Exception {
        JsonNode book = ok("/api/market/orderbook?source=binance&symbol=" + symbol + "&levels=2");

        assertThat(book.get("levels").asInt()).isEqualTo(2);
        assertThat(book.get("bidLevels").asInt()).isEqualTo(3);
        assertThat(book.get("bids")).hasSize(2);
        assertThat(book.get("asks")).hasSize(2);
        assertLevel(book.get("asks").get(1), "101", "1.6", "2", "201.9");
    }

    @Test
    void historyGivesTheLastSnapshotsOldestFirstComputedInTheDatabase() throws Exception {
        JsonNode history = ok("/api/market/orderbook/history?symbol=" + symbol);

        assertThat(history.get("source").asString()).isEqualTo("binance");
        assertThat(history.get("limit").asInt()).isEqualTo(500);
        assertThat(history.get("levels").asInt()).isEqualTo(20);
        JsonNode snapshots = history.get("snapshots");
        assertThat(snapshots).hasSize(2);
        JsonNode first = snapshots.get(0);
        assertThat(first.get("time").asString()).isEqualTo("2026-10-01T12:00:00Z");
        assertThat(first.get("lastUpdateId").asLong()).isEqualTo(11);
        assertDecimal(first, "bestBid", "100");
        assertDecimal(first, "bestAsk", "101");
        assertDecimal(first, "spread", "1");
        assertDecimal(first, "mid", "100.5");
        // 1 / 100.5 × 10,000 = 99.5024875621…
        assertDecimal(first, "spreadBps", "99.502488");
        assertDecimal(first, "bidDepth", "1");
        assertDecimal(first, "askDepth", "2");
        JsonNode last = snapshots.get(1);
        assertThat(last.get("lastUpdateId").asLong()).isEqualTo(12);
        assertThat(last.get("crossed").asBoolean()).isFalse();
        assertDecimal(last, "spread", "0.25");
        assertDecimal(last, "mid", "100.625");
        // the same figure as the latest snapshot's, computed in SQL rather than Java
        assertDecimal(last, "spreadBps", "24.84472");
        assertDecimal(last, "bidDepth", "3.75");
        assertDecimal(last, "askDepth", "5");

        JsonNode limited = ok("/api/market/orderbook/history?source=binance&symbol=" + symbol + "&limit=1&levels=2");
        assertThat(limited.get("snapshots")).hasSize(1);
        assertThat(limited.get("snapshots").get(0).get("lastUpdateId").asLong()).isEqualTo(12);
        assertDecimal(limited.get("snapshots").get(0), "bidDepth", "1.75");
        assertDecimal(limited.get("snapshots").get(0), "askDepth", "2");
    }

    @Test
    void crossedAndOneSidedBooksHaveNoSpreadRatherThanAnError() throws Exception {
        String crossed = books.symbol("OBX");
        books.snapshot("binance", crossed, 1, T, "[[\"101\",\"1\"]]", "[[\"100\",\"2\"]]");
        String oneSided = books.symbol("OBE");
        books.snapshot("binance", oneSided, 1, T, "[]", "[[\"5.5\",\"1\"]]");

        JsonNode book = ok("/api/market/orderbook?symbol=" + crossed);
        assertThat(book.get("crossed").asBoolean()).isTrue();
        assertDecimal(book, "bestBid", "101");
        assertDecimal(book, "bestAsk", "100");
        assertThat(book.get("spread").isNull()).isTrue();
        assertThat(book.get("mid").isNull()).isTrue();
        assertThat(book.get("spreadBps").isNull()).isTrue();
        JsonNode crossedPoint = ok("/api/market/orderbook/history?symbol=" + crossed)
                .get("snapshots")
                .get(0);
        assertThat(crossedPoint.get("crossed").asBoolean()).isTrue();
        assertThat(crossedPoint.get("spread").isNull()).isTrue();
        assertThat(crossedPoint.get("mid").isNull()).isTrue();
        assertThat(crossedPoint.get("spreadBps").isNull()).isTrue();

        JsonNode empty = ok("/api/market/orderbook?symbol=" + oneSided);
        assertThat(empty.get("bids")).isEmpty();
        assertThat(empty.get("bidLevels").asInt()).isZero();
        assertThat(empty.get("bestBid").isNull()).isTrue();
        assertDecimal(empty, "bestAsk", "5.5");
        assertThat(empty.get("spread").isNull()).isTrue();
        assertThat(empty.get("crossed").asBoolean()).isFalse();
        JsonNode emptyPoint = ok("/api/market/orderbook/history?symbol=" + oneSided)
                .get("snapshots")
                .get(0);
        assertThat(emptyPoint.get("bestBid").isNull()).isTrue();
        assertThat(emptyPoint.get("bidDepth").isNull()).isTrue();
        assertDecimal(emptyPoint, "askDepth", "1");
        assertThat(emptyPoint.get("spread").isNull()).isTrue();
        assertThat(emptyPoint.get("crossed").asBoolean()).isFalse();
    }

    @Test
    void aSymbolFromSeveralSourcesNeedsTheSource() throws Exception {
        String shared = books.symbol("OBS");
        books.snapshot("binance", shared, 1, T, BIDS, ASKS);
        books.snapshot("testfeed", shared, 1, T.plus(Duration.ofMinutes(1)), FIRST_BIDS, FIRST_ASKS);

        assertRefused("/api/market/orderbook?symbol=" + shared, "source");
        assertRefused("/api/market/orderbook/history?symbol=" + shared, "source");
        JsonNode book = ok("/api/market/orderbook?source=testfeed&symbol=" + shared);
        assertThat(book.get("source").asString()).isEqualTo("testfeed");
        assertDecimal(book, "bestBid", "100");
        assertThat(ok("/api/market/orderbook/history?source=binance&symbol=" + shared)
                        .get("snapshots"))
                .hasSize(1);
    }

    @Test
    void listsTheInstrumentsWithTheirSnapshots() throws Exception {
        String other = books.symbol("OBB");
        books.snapshot("testfeed", other, 7, T.minus(Duration.ofDays(1)), BIDS, ASKS);

        JsonNode answer = ok("/api/market/orderbooks");

        assertThat(answer.get("truncated").asBoolean()).isFalse();
        List<JsonNode> ours = new ArrayList<>();
        answer.get("instruments").forEach(i -> {
            if (i.get("symbol").asString().endsWith(symbol.substring("OBA".length()))) {
                ours.add(i);
            }
        });
        // by symbol: OBA… before OBB…
        assertThat(ours).hasSize(2);
        JsonNode first = ours.get(0);
        assertThat(first.get("source").asString()).isEqualTo("binance");
        assertThat(first.get("symbol").asString()).isEqualTo(symbol);
        assertThat(first.get("snapshots").asLong()).isEqualTo(2);
        assertThat(first.get("firstSnapshot").asString()).isEqualTo("2026-10-01T12:00:00Z");
        assertThat(first.get("lastSnapshot").asString()).isEqualTo("2026-10-01T12:01:00Z");
        assertThat(ours.get(1).get("source").asString()).isEqualTo("testfeed");
        assertThat(ours.get(1).get("snapshots").asLong()).isEqualTo(1);
    }

    @Test
    void refusesEachUnusableParameterNamingIt() throws Exception {
        assertRefused("/api/market/orderbook", "symbol");
        assertRefused("/api/market/orderbook?symbol=BAD!", "symbol");
        assertRefused("/api/market/orderbook?symbol=" + "A".repeat(41), "symbol");
        assertRefused("/api/market/orderbook?symbol=" + symbol + "&source=no%20such", "source");
        assertRefused("/api/market/orderbook?symbol=" + symbol + "&levels=0", "levels");
        assertRefused("/api/market/orderbook?symbol=" + symbol + "&levels=5001", "levels");
        assertRefused("/api/market/orderbook?symbol=" + symbol + "&levels=many", "levels");
        assertRefused("/api/market/orderbook/history", "symbol");
        assertRefused("/api/market/orderbook/history?symbol=" + symbol + "&limit=0", "limit");
        assertRefused("/api/market/orderbook/history?symbol=" + symbol + "&limit=10001", "limit");
        assertRefused("/api/market/orderbook/history?symbol=" + symbol + "&limit=many", "limit");
        assertRefused("/api/market/orderbook/history?symbol=" + symbol + "&levels=101", "levels");
        // checked before any query: an unknown symbol with a bad limit is a 400, not a 404
        assertRefused("/api/market/orderbook/history?symbol=NOPE&limit=0", "limit");
        assertThat(ok("/api/market/orderbook?symbol=" + symbol + "&levels=5000").get("bids"))
                .hasSize(3);
        assertThat(ok("/api/market/orderbook/history?symbol=" + symbol + "&limit=10000")
                        .get("snapshots"))
                .hasSize(2);
    }

    @Test
    void anUnknownSymbolOrSourceIsNotFound() throws Exception {
        String unknown = books.symbol("OBNONE");
        HttpResponse<String> latest = get("/api/market/orderbook?symbol=" + unknown);
        assertThat(latest.statusCode()).isEqualTo(404);
        assertThat(json.readTree(latest.body()).get("message").asString()).contains(unknown);
        assertThat(get("/api/market/orderbook/history?symbol=" + unknown).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/market/orderbook?source=testfeed&symbol=" + symbol).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/market/orderbook/history?source=testfeed&symbol=" + symbol)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void thePagePreselectsAndRefusesAnAddressThatIsNoSymbol() throws Exception {
        HttpResponse<String> page = get("/market/orderbook?source=binance&symbol=" + symbol);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-symbol=\"" + symbol + "\"")
                .contains("data-source=\"binance\"")
                .contains("<title>Order book");
        assertThat(get("/market/orderbook").statusCode()).isEqualTo(200);
        assertThat(get("/market/orderbook?symbol=BAD!").statusCode()).isEqualTo(400);
    }

    private static void assertLevel(
            JsonNode level, String price, String quantity, String cumulativeQuantity, String cumulativeNotional) {
        assertDecimal(level, "price", price);
        assertDecimal(level, "quantity", quantity);
        assertDecimal(level, "cumulativeQuantity", cumulativeQuantity);
        assertDecimal(level, "cumulativeNotional", cumulativeNotional);
    }

    private static void assertDecimal(JsonNode node, String field, String expected) {
        assertThat(node.get(field).isNumber()).as(field + " is a number").isTrue();
        assertThat(node.get(field).decimalValue()).as(field).isEqualByComparingTo(new BigDecimal(expected));
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
}
