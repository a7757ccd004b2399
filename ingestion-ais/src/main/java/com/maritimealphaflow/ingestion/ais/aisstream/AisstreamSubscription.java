package com.maritimealphaflow.ingestion.ais.aisstream;

import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.AisSourceException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The subscription aisstream.io expects within 3 s of connecting: {@code {"APIKey": …, "BoundingBoxes":
 * [[[lat,lon],[lat,lon]],…], "FilterMessageTypes": […], "FiltersShipMMSI": […]}}. Built and checked once from the
 * settings, so that a malformed {@code AIS_BOUNDING_BOXES} is reported before any connection is made rather than
 * answered by the server with "Subscription Object Is Malformed".
 *
 * @param json what is sent
 * @param maskedJson the same with the key masked, for the log
 */
record AisstreamSubscription(String json, String maskedJson) {

    static final String MASK = "****";

    private static final String EXPECTED = "a JSON list of boxes [[[lat,lon],[lat,lon]],…]";

    static AisstreamSubscription of(AisProperties.Aisstream settings) {
        if (settings.apiKey() == null || settings.apiKey().isBlank()) {
            throw new AisSourceException(
                    "AISSTREAM_API_KEY is not set: aisstream.io needs a key (free at aisstream.io)");
        }
        ArrayNode boxes = boundingBoxes(settings.boundingBoxes());
        List<String> types = nonBlank(settings.filterMessageTypes());
        List<String> mmsis = nonBlank(settings.filtersShipMmsi());
        return new AisstreamSubscription(
                build(settings.apiKey().strip(), boxes, types, mmsis), build(MASK, boxes, types, mmsis));
    }

    /** Any text with the key replaced by the mask: for messages that might echo what was sent. */
    static String mask(String text, String apiKey) {
        if (text == null || apiKey == null || apiKey.isBlank()) {
            return text;
        }
        return text.replace(apiKey.strip(), MASK);
    }

    private static String build(String apiKey, ArrayNode boxes, List<String> types, List<String> mmsis) {
        ObjectNode subscription = JsonMapper.shared().createObjectNode();
        subscription.put("APIKey", apiKey);
        subscription.set("BoundingBoxes", boxes);
        // An empty filter list would mean "nothing" to a reader of the log; leaving it out means "everything".
        if (!types.isEmpty()) {
            ArrayNode filter = subscription.putArray("FilterMessageTypes");
            types.forEach(filter::add);
        }
        if (!mmsis.isEmpty()) {
            ArrayNode filter = subscription.putArray("FiltersShipMMSI");
            mmsis.forEach(filter::add);
        }
        return subscription.toString();
    }

    /** Parses and checks {@code AIS_BOUNDING_BOXES}; every problem is named with the box it is in. */
    static ArrayNode boundingBoxes(String text) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            throw malformed("is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!root.isArray() || root.isEmpty()) {
            throw malformed("must be " + EXPECTED + ", got " + abbreviate(text));
        }
        ArrayNode boxes = JsonMapper.shared().createArrayNode();
        for (int b = 0; b < root.size(); b++) {
            JsonNode box = root.get(b);
            if (!box.isArray() || box.size() != 2) {
                throw malformed("box " + (b + 1) + " must be two corners [[lat,lon],[lat,lon]], got " + box);
            }
            ArrayNode corners = boxes.addArray();
            for (int c = 0; c < 2; c++) {
                JsonNode corner = box.get(c);
                if (!corner.isArray()
                        || corner.size() != 2
                        || !corner.get(0).isNumber()
                        || !corner.get(1).isNumber()) {
                    throw malformed("box " + (b + 1) + " corner " + (c + 1) + " must be [lat,lon], got " + corner);
                }
                double lat = corner.get(0).asDouble();
                double lon = corner.get(1).asDouble();
                if (lat < -90 || lat > 90) {
                    throw malformed("box " + (b + 1) + " has latitude " + lat + " outside -90..90");
                }
                if (lon < -180 || lon > 180) {
                    throw malformed("box " + (b + 1) + " has longitude " + lon + " outside -180..180");
                }
                corners.addArray().add(lat).add(lon);
            }
        }
        return boxes;
    }

    private static AisSourceException malformed(String problem) {
        return new AisSourceException(
                "AIS_BOUNDING_BOXES " + problem + "; expected " + EXPECTED + ", e.g. [[[50.0,-5.0],[62.0,12.0]]]");
    }

    private static List<String> nonBlank(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .toList();
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
