package com.maritimealphaflow.ingestion.market.polygon;

import static com.maritimealphaflow.ingestion.market.http.JsonBodies.array;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.decimal;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.integer;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.optionalDecimal;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.optionalInteger;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.optionalText;

import com.maritimealphaflow.ingestion.market.bars.Bar;
import com.maritimealphaflow.ingestion.market.http.JsonBodies;
import com.maritimealphaflow.ingestion.market.http.MalformedResponseException;
import com.maritimealphaflow.ingestion.market.http.MarketApiException;
import com.maritimealphaflow.ingestion.market.http.MarketHttp;
import com.maritimealphaflow.model.market.BarInterval;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Polygon's REST API with the key as the {@code apiKey} query parameter. A {@code next_url} comes without the key and
 * may name another host: it is followed as given, with the key added back.
 */
final class PolygonClient {

    private static final Set<String> ANSWERED = Set.of("OK", "DELAYED");

    private final MarketHttp http;
    private final String baseUrl;
    private final String apiKey;

    PolygonClient(MarketHttp http, URI baseUrl, String apiKey) {
        this.http = http;
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
        this.apiKey = apiKey;
    }

    /** A page of results and the cursor ({@code next_url}) of the next, null at the end. */
    record Page(JsonNode results, String nextUrl) {}

    URI aggregatesUri(String ticker, BarInterval interval, boolean adjusted, Instant from, Instant to, int limit) {
        // Both ends are inclusive and accept millisecond timestamps; t of each result is the bar's start in ms.
        return URI.create(baseUrl + "/v2/aggs/ticker/" + encode(ticker) + "/range/" + multiplier(interval) + "/"
                + timespan(interval) + "/" + from.toEpochMilli() + "/" + (to.toEpochMilli() - 1) + "?adjusted="
                + adjusted + "&sort=asc&limit=" + limit);
    }

    URI referenceUri(String path, String ticker) {
        return URI.create(baseUrl + path + "?ticker=" + encode(ticker) + "&limit=1000");
    }

    /** One page from a URI built above or taken from a {@code next_url}. */
    Page page(String uri) throws MarketApiException, InterruptedException {
        String separator = uri.contains("?") ? "&" : "?";
        URI withKey;
        try {
            withKey = URI.create(uri + separator + "apiKey=" + encode(apiKey));
        } catch (IllegalArgumentException e) {
            throw new MalformedResponseException("Polygon gave a next_url that is not a URI");
        }
        JsonNode root = http.json(http.get(withKey, 1));
        String status = optionalText(root.get("status"));
        if (status == null || !ANSWERED.contains(status)) {
            String error = optionalText(root.get("error"));
            if (error == null) {
                error = optionalText(root.get("message"));
            }
            if (status == null) {
                throw new MalformedResponseException("Polygon answered without a status");
            }
            throw new MarketApiException(
                    http.quote("Polygon answered " + status + (error == null ? "" : ": " + error)));
        }
        JsonNode results = root.get("results");
        if (results == null || results.isNull()) {
            results = JsonBodies.parse("Polygon", "[]");
        }
        array(results, "Polygon results");
        String next = optionalText(root.get("next_url"));
        return new Page(results, next == null || next.isBlank() ? null : next);
    }

    static List<Bar> bars(JsonNode results) throws MalformedResponseException {
        List<Bar> bars = new ArrayList<>(results.size());
        for (JsonNode r : results) {
            bars.add(new Bar(
                    Instant.ofEpochMilli(integer(r.get("t"), "Polygon aggregate t")),
                    decimal(r.get("o"), "Polygon aggregate o"),
                    decimal(r.get("h"), "Polygon aggregate h"),
                    decimal(r.get("l"), "Polygon aggregate l"),
                    decimal(r.get("c"), "Polygon aggregate c"),
                    decimal(r.get("v"), "Polygon aggregate v"),
                    optionalInteger(r.get("n"), "Polygon aggregate n"),
                    optionalDecimal(r.get("vw"), "Polygon aggregate vw")));
        }
        return bars;
    }

    static String text(JsonNode node, String field) throws MalformedResponseException {
        return JsonBodies.text(node.get(field), "Polygon " + field);
    }

    private static int multiplier(BarInterval interval) {
        return switch (interval) {
            case FIVE_MINUTES -> 5;
            case FIFTEEN_MINUTES -> 15;
            case THIRTY_MINUTES -> 30;
            case FOUR_HOURS -> 4;
            default -> 1;
        };
    }

    private static String timespan(BarInterval interval) {
        return switch (interval) {
            case ONE_HOUR, FOUR_HOURS -> "hour";
            case ONE_DAY -> "day";
            default -> "minute";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
