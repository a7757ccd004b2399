package com.maritimealphaflow.ingestion.ticks.binance;

import com.maritimealphaflow.model.ticks.Tick;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binance's combined trade stream: the address for some symbols, and the tick of one message, {@code
 * {"stream":"btcusdt@trade","data":{"e":"trade","E":…,"s":"BTCUSDT","t":…,"p":"0.001","q":"100","T":…,…}}}: the
 * trade time {@code T} is the event time, the price {@code p} (a decimal string) the price, sec type {@code C}.
 */
final class BinanceTrades {

    static final String SEC_TYPE = "C";

    private final JsonMapper json;

    BinanceTrades(JsonMapper json) {
        this.json = json;
    }

    /** {@code <base>/stream?streams=btcusdt@trade/ethusdt@trade}. */
    static URI streamUri(URI base, List<String> symbols) {
        String streams = symbols.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT) + "@trade")
                .collect(Collectors.joining("/"));
        String root = base.toString().replaceAll("/+$", "");
        return URI.create(root + "/stream?streams=" + streams);
    }

    /** The tick of a trade message, or null when it is malformed or not a trade. */
    Tick parse(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
        JsonNode data = root == null ? null : root.get("data");
        if (data == null || !data.isObject() || !"trade".equals(data.path("e").asString(""))) {
            return null;
        }
        JsonNode symbol = data.get("s");
        JsonNode price = data.get("p");
        JsonNode time = data.get("T");
        if (symbol == null || !symbol.isString() || symbol.asString().isBlank()) {
            return null;
        }
        if (time == null || !time.isIntegralNumber() || !time.canConvertToLong()) {
            return null;
        }
        double value;
        try {
            value = price == null ? Double.NaN : Double.parseDouble(price.asString(""));
        } catch (NumberFormatException e) {
            return null;
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            return null;
        }
        return new Tick(symbol.asString(), SEC_TYPE, value, time.asLong());
    }
}
