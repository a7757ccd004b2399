package com.maritimealphaflow.ingestion.market.alpaca;

import static com.maritimealphaflow.ingestion.market.http.JsonBodies.decimal;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.instant;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.optionalDecimal;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.optionalInteger;

import com.maritimealphaflow.ingestion.market.BarPage;
import com.maritimealphaflow.ingestion.market.BarQuery;
import com.maritimealphaflow.ingestion.market.BarSource;
import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.market.http.JsonBodies;
import com.maritimealphaflow.ingestion.market.http.MalformedResponseException;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.ingestion.market.http.MarketHttp;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Alpaca's stock bars ({@code GET /v2/stocks/{symbol}/bars}), authenticated by the {@code APCA-API-KEY-ID} and
 * {@code APCA-API-SECRET-KEY} headers and paginated by {@code page_token}/{@code next_page_token}. Adjusted series
 * ask for {@code adjustment=all}, raw ones for {@code raw}.
 */
final class AlpacaBarSource implements BarSource {

    private final MarketHttp http;
    private final String dataUrl;
    private final String keyId;
    private final String secretKey;
    private final String feed;
    private final int pageSize;

    AlpacaBarSource(MarketHttp http, URI dataUrl, String keyId, String secretKey, String feed, int pageSize) {
        this.http = http;
        this.dataUrl = dataUrl.toString().replaceAll("/+$", "");
        this.keyId = keyId == null ? "" : keyId.strip();
        this.secretKey = secretKey == null ? "" : secretKey.strip();
        this.feed = feed;
        this.pageSize = pageSize;
    }

    @Override
    public MarketSource source() {
        return MarketSource.ALPACA;
    }

    @Override
    public Set<BarInterval> intervals() {
        return EnumSet.allOf(BarInterval.class);
    }

    @Override
    public Optional<String> missingConfiguration() {
        if (keyId.isEmpty() && secretKey.isEmpty()) {
            return Optional.of("ALPACA_API_KEY_ID and ALPACA_API_SECRET_KEY");
        }
        if (keyId.isEmpty()) {
            return Optional.of("ALPACA_API_KEY_ID");
        }
        return secretKey.isEmpty() ? Optional.of("ALPACA_API_SECRET_KEY") : Optional.empty();
    }

    @Override
    public int pageSize() {
        return pageSize;
    }

    @Override
    public BarPage fetch(BarQuery query, String cursor) throws MarketApiException, InterruptedException {
        // start and end are inclusive RFC 3339 times
        String uri = dataUrl + "/v2/stocks/" + encode(query.symbol()) + "/bars?timeframe=" + timeframe(query.interval())
                + "&start=" + query.from() + "&end=" + query.to().minusMillis(1) + "&limit=" + pageSize
                + "&adjustment=" + (query.series().adjusted() ? "all" : "raw") + "&feed=" + encode(feed)
                + "&sort=asc" + (cursor == null ? "" : "&page_token=" + encode(cursor));
        String body = http.get(URI.create(uri), 1, "APCA-API-KEY-ID", keyId, "APCA-API-SECRET-KEY", secretKey);
        JsonNode root = http.json(body);
        if (!root.isObject()) {
            throw new MalformedResponseException("Alpaca answered with something other than an object");
        }
        JsonNode rows = root.get("bars");
        List<Bar> bars = new ArrayList<>();
        if (rows != null && !rows.isNull()) {
            for (JsonNode b : JsonBodies.array(rows, "Alpaca bars")) {
                bars.add(new Bar(
                        instant(b.get("t"), "Alpaca bar t"),
                        decimal(b.get("o"), "Alpaca bar o"),
                        decimal(b.get("h"), "Alpaca bar h"),
                        decimal(b.get("l"), "Alpaca bar l"),
                        decimal(b.get("c"), "Alpaca bar c"),
                        decimal(b.get("v"), "Alpaca bar v"),
                        optionalInteger(b.get("n"), "Alpaca bar n"),
                        optionalDecimal(b.get("vw"), "Alpaca bar vw")));
            }
        }
        String next = JsonBodies.optionalText(root.get("next_page_token"));
        return new BarPage(bars, next == null || next.isBlank() ? null : next);
    }

    private static String timeframe(BarInterval interval) {
        return switch (interval) {
            case ONE_MINUTE -> "1Min";
            case FIVE_MINUTES -> "5Min";
            case FIFTEEN_MINUTES -> "15Min";
            case THIRTY_MINUTES -> "30Min";
            case ONE_HOUR -> "1Hour";
            case FOUR_HOURS -> "4Hour";
            case ONE_DAY -> "1Day";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
