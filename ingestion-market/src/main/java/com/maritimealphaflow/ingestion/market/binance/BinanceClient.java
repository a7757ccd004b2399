package com.maritimealphaflow.ingestion.market.binance;

import static com.maritimealphaflow.ingestion.market.http.JsonBodies.array;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.decimal;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.integer;
import static com.maritimealphaflow.ingestion.market.http.JsonBodies.text;

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
import tools.jackson.databind.JsonNode;

/** Binance's public market data endpoints: {@code /api/v3/klines}, {@code /api/v3/exchangeInfo}, {@code /api/v3/depth}. */
final class BinanceClient {

    static final int KLINES_WEIGHT = 2;
    static final int EXCHANGE_INFO_WEIGHT = 20;

    private final MarketHttp http;
    private final String baseUrl;

    BinanceClient(MarketHttp http, URI baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
    }

    /** Klines opening in {@code [from, to)}, oldest first, at most {@code limit} (Binance's maximum is 1,000). */
    List<Bar> klines(String symbol, BarInterval interval, Instant from, Instant to, int limit)
            throws MarketApiException, InterruptedException {
        String body = http.get(
                URI.create(baseUrl + "/api/v3/klines?symbol=" + encode(symbol) + "&interval=" + interval.key()
                        + "&startTime=" + from.toEpochMilli() + "&endTime=" + (to.toEpochMilli() - 1) + "&limit="
                        + limit),
                KLINES_WEIGHT);
        JsonNode rows = array(JsonBodies.parse("Binance", body), "Binance klines");
        List<Bar> bars = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            // [openTime, open, high, low, close, volume, closeTime, quoteVolume, trades, takerBase, takerQuote, ignore]
            if (!row.isArray() || row.size() < 9) {
                throw new MalformedResponseException("Binance kline is not an array of at least 9 values");
            }
            bars.add(new Bar(
                    Instant.ofEpochMilli(integer(row.get(0), "kline open time")),
                    decimal(row.get(1), "kline open"),
                    decimal(row.get(2), "kline high"),
                    decimal(row.get(3), "kline low"),
                    decimal(row.get(4), "kline close"),
                    decimal(row.get(5), "kline volume"),
                    integer(row.get(8), "kline number of trades"),
                    null));
        }
        return bars;
    }

    List<BinanceSymbol> exchangeInfo() throws MarketApiException, InterruptedException {
        JsonNode root = JsonBodies.parse(
                "Binance", http.get(URI.create(baseUrl + "/api/v3/exchangeInfo"), EXCHANGE_INFO_WEIGHT));
        List<BinanceSymbol> symbols = new ArrayList<>();
        for (JsonNode node : array(root.get("symbols"), "Binance exchangeInfo symbols")) {
            List<List<String>> permissionSets = new ArrayList<>();
            JsonNode sets = node.get("permissionSets");
            if (sets != null && sets.isArray()) {
                for (JsonNode set : sets) {
                    List<String> permissions = new ArrayList<>();
                    for (JsonNode permission : array(set, "Binance permission set")) {
                        permissions.add(text(permission, "Binance permission"));
                    }
                    permissionSets.add(permissions);
                }
            }
            symbols.add(new BinanceSymbol(
                    text(node.get("symbol"), "Binance symbol"),
                    text(node.get("status"), "Binance symbol status"),
                    text(node.get("baseAsset"), "Binance base asset"),
                    text(node.get("quoteAsset"), "Binance quote asset"),
                    permissionSets,
                    node.toString()));
        }
        return symbols;
    }

    OrderBook depth(String symbol, int limit) throws MarketApiException, InterruptedException {
        JsonNode root = JsonBodies.parse(
                "Binance",
                http.get(
                        URI.create(baseUrl + "/api/v3/depth?symbol=" + encode(symbol) + "&limit=" + limit),
                        depthWeight(limit)));
        return new OrderBook(
                integer(root.get("lastUpdateId"), "Binance depth lastUpdateId"),
                levels(root.get("bids"), "bids"),
                levels(root.get("asks"), "asks"));
    }

    /** [[price, quantity], …] checked to be pairs of decimal strings, then kept as JSON. */
    private static String levels(JsonNode node, String side) throws MalformedResponseException {
        for (JsonNode level : array(node, "Binance depth " + side)) {
            if (!level.isArray() || level.size() < 2) {
                throw new MalformedResponseException("Binance depth level is not a [price, quantity] pair");
            }
            decimal(level.get(0), "Binance depth price");
            decimal(level.get(1), "Binance depth quantity");
        }
        return node.toString();
    }

    /** Binance's documented weights of GET /api/v3/depth by limit. */
    static int depthWeight(int limit) {
        if (limit <= 100) {
            return 5;
        }
        if (limit <= 500) {
            return 25;
        }
        if (limit <= 1000) {
            return 50;
        }
        return 250;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record BinanceSymbol(
            String symbol,
            String status,
            String baseAsset,
            String quoteAsset,
            List<List<String>> permissionSets,
            String json) {}

    record OrderBook(long lastUpdateId, String bidsJson, String asksJson) {}
}
