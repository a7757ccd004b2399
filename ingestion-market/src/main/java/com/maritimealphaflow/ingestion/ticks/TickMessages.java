package com.maritimealphaflow.ingestion.ticks;

import com.maritimealphaflow.model.ticks.Tick;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of one tick as the Kafka topic carries it, shared with the Flink job:
 * {@code {"symbol":"IEBBB.FR","secType":"E","price":12.34,"eventTime":"2021-11-08T07:00:00.123Z"}}, with
 * {@code eventTime} also taken as epoch milliseconds. {@code secType} may be left out. Anything else gives no event.
 */
public final class TickMessages {

    private final JsonMapper json;

    public TickMessages(JsonMapper json) {
        this.json = json;
    }

    /** The tick of a message, or null when it is malformed. */
    public Tick parse(byte[] value) {
        if (value == null) {
            return null;
        }
        JsonNode root;
        try {
            root = json.readTree(value);
        } catch (JacksonException e) {
            return null;
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        JsonNode symbol = root.get("symbol");
        JsonNode secType = root.get("secType");
        JsonNode price = root.get("price");
        if (symbol == null || !symbol.isString() || symbol.asString().isBlank()) {
            return null;
        }
        if (price == null || !price.isNumber() || !(price.asDouble() > 0) || Double.isInfinite(price.asDouble())) {
            return null;
        }
        long eventTime = eventTime(root.get("eventTime"));
        if (eventTime == Long.MIN_VALUE) {
            return null;
        }
        String type = secType != null && secType.isString() ? secType.asString() : "";
        return new Tick(symbol.asString().strip(), type, price.asDouble(), eventTime);
    }

    private static long eventTime(JsonNode node) {
        if (node == null) {
            return Long.MIN_VALUE;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.asLong();
        }
        if (node.isString()) {
            try {
                return Instant.parse(node.asString()).toEpochMilli();
            } catch (DateTimeParseException | ArithmeticException e) {
                return Long.MIN_VALUE;
            }
        }
        return Long.MIN_VALUE;
    }

    /** The message of a tick, as a producer writes it. */
    public static String format(Tick tick) {
        return "{\"symbol\":\"" + tick.symbol().replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"secType\":\""
                + tick.secType() + "\",\"price\":" + tick.price() + ",\"eventTime\":\""
                + Instant.ofEpochMilli(tick.eventTime()) + "\"}";
    }
}
