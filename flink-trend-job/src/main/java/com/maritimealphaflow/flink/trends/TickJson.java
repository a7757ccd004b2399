package com.maritimealphaflow.flink.trends;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.maritimealphaflow.model.ticks.Tick;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The tick messages on the Kafka topic, shared with the ingestion service's consumer:
 * {@code {"symbol":"IEBBB.FR","secType":"E","price":12.34,"eventTime":"2021-11-08T07:00:00.123Z"}}, where
 * {@code eventTime} may also be epoch milliseconds as a number and {@code secType} may be missing. Read with Jackson's
 * streaming parser; unknown fields are passed over.
 */
final class TickJson {

    private static final JsonFactory JSON = new JsonFactory();

    private TickJson() {}

    /** The tick of a message, or null when it is not a JSON object with a symbol, a positive price and a time. */
    static Tick parse(byte[] message) {
        if (message == null) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(message)) {
            return read(parser);
        } catch (IOException | DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    private static Tick read(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String symbol = null;
        String secType = "";
        double price = Double.NaN;
        long eventTime = Long.MIN_VALUE;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "symbol" -> symbol = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                case "secType" -> secType = value == JsonToken.VALUE_STRING ? parser.getText() : "";
                case "price" -> price = value.isNumeric() ? parser.getDoubleValue() : Double.NaN;
                case "eventTime" -> eventTime = eventTime(parser, value);
                default -> parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT
                || symbol == null
                || symbol.isBlank()
                || !(price > 0)
                || Double.isInfinite(price)
                || eventTime == Long.MIN_VALUE) {
            return null;
        }
        return new Tick(symbol, secType, price, eventTime);
    }

    private static long eventTime(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        if (value == JsonToken.VALUE_STRING) {
            return Instant.parse(parser.getText()).toEpochMilli();
        }
        parser.skipChildren();
        return Long.MIN_VALUE;
    }

    /** The message for a tick, with the event time as an ISO-8601 instant; what producers of the topic write. */
    static String format(Tick tick) {
        StringBuilder json = new StringBuilder(96);
        json.append("{\"symbol\":");
        quote(json, tick.symbol());
        json.append(",\"secType\":");
        quote(json, tick.secType());
        json.append(",\"price\":").append(tick.price());
        json.append(",\"eventTime\":\"")
                .append(Instant.ofEpochMilli(tick.eventTime()))
                .append("\"}");
        return json.toString();
    }

    private static void quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
