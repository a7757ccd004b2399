package com.maritimealphaflow.ingestion.market.http;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the APIs' JSON strictly: a field that is missing or of the wrong kind makes the whole body malformed, so
 * that a page is used entirely or not at all. Decimals are read as {@link BigDecimal}, never through a double.
 */
public final class JsonBodies {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonBodies() {}

    public static JsonNode parse(String source, String body) throws MalformedResponseException {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new MalformedResponseException(source + " answered with an empty body");
            }
            return root;
        } catch (JacksonException e) {
            throw new MalformedResponseException(
                    source + " answered with a body that is not JSON: " + e.getOriginalMessage());
        }
    }

    /** A number, or a decimal string as Binance sends prices. */
    public static BigDecimal decimal(JsonNode node, String what) throws MalformedResponseException {
        if (node != null && node.isNumber()) {
            return node.decimalValue();
        }
        if (node != null && node.isString()) {
            try {
                return new BigDecimal(node.stringValue());
            } catch (NumberFormatException e) {
                throw new MalformedResponseException(what + " is not a number: '" + node.stringValue() + "'");
            }
        }
        throw new MalformedResponseException(what + " is missing or not a number");
    }

    public static BigDecimal optionalDecimal(JsonNode node, String what) throws MalformedResponseException {
        return node == null || node.isNull() || node.isMissingNode() ? null : decimal(node, what);
    }

    public static long integer(JsonNode node, String what) throws MalformedResponseException {
        if (node != null && node.isIntegralNumber()) {
            return node.longValue();
        }
        throw new MalformedResponseException(what + " is missing or not a whole number");
    }

    public static Long optionalInteger(JsonNode node, String what) throws MalformedResponseException {
        return node == null || node.isNull() || node.isMissingNode() ? null : integer(node, what);
    }

    public static String text(JsonNode node, String what) throws MalformedResponseException {
        if (node != null && node.isString()) {
            return node.stringValue();
        }
        throw new MalformedResponseException(what + " is missing or not a string");
    }

    public static String optionalText(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    public static Instant instant(JsonNode node, String what) throws MalformedResponseException {
        try {
            return Instant.parse(text(node, what));
        } catch (DateTimeParseException e) {
            throw new MalformedResponseException(what + " is not an ISO-8601 time: '" + node.stringValue() + "'");
        }
    }

    public static JsonNode array(JsonNode node, String what) throws MalformedResponseException {
        if (node != null && node.isArray()) {
            return node;
        }
        throw new MalformedResponseException(what + " is missing or not an array");
    }
}
