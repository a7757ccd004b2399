package com.maritimealphaflow.ingestion.ais.aisstream;

import com.maritimealphaflow.ingestion.ais.RejectReason;
import tools.jackson.databind.JsonNode;

/**
 * Reads fields of an aisstream.io message strictly: a field of the wrong JSON type counts as absent, never coerced.
 * Required fields that are absent end the message with {@link Unusable}.
 */
final class AisstreamFields {

    private AisstreamFields() {}

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asDouble() : null;
    }

    /** A whole number within [min, max], or null: AIS uses the values outside the range for "not available". */
    static Integer intBetween(JsonNode node, String field, int min, int max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || !value.canConvertToInt()) {
            return null;
        }
        int number = value.asInt();
        return number >= min && number <= max ? number : null;
    }

    static double requiredNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw Unusable.missing(field);
        }
        return value.asDouble();
    }

    static JsonNode requiredObject(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw Unusable.missing(field);
        }
        return value;
    }

    /** Ends decoding of a message that cannot be used; cheap, because bad input is routine on a live feed. */
    static final class Unusable extends RuntimeException {

        final RejectReason reason;

        Unusable(RejectReason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }

        static Unusable missing(String field) {
            return new Unusable(RejectReason.MISSING_FIELD, field + " is missing");
        }
    }
}
