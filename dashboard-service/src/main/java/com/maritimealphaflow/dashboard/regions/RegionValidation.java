package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.service.BadRequestException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a region before it is stored, with JTS: the aggregation service's detectors test positions against these
 * polygons and gates, and a self-intersecting ring or a gate that misses the polygon would silently count nothing. Each
 * refusal is a 400 naming the field and saying why (JTS's own reason for an invalid polygon). See
 * docs/decisions/0018-region-editing-with-leaflet-draw.md.
 */
final class RegionValidation {

    static final Set<String> KINDS = Set.of("chokepoint", "port", "anchorage", "area");
    static final int MAX_NAME = 100;
    static final int MAX_NOTE = 2000;
    static final int MAX_DIRECTION_NAME = 40;

    private final int maxVertices;
    private final JsonMapper json;

    RegionValidation(int maxVertices, JsonMapper json) {
        this.maxVertices = maxVertices;
        this.json = json;
    }

    /** The row to store; the port's existence is the caller's to check, it needs the database. */
    RegionRow validate(RegionRequest request) {
        String name = name(request.name());
        String kind = kind(request.kind());
        Geometry polygon = polygon(request.geometry());
        boolean chokepoint = kind.equals("chokepoint");
        String gates = chokepoint ? gates(request.gates(), polygon) : absent("gates", request.gates(), kind);
        String directionNames = chokepoint
                ? directionNames(request.directionNames())
                : absent("directionNames", request.directionNames(), kind);
        if (request.portId() != null && !kind.equals("anchorage")) {
            throw new BadRequestException("portId", "'portId' is only for anchorages, this region is a " + kind);
        }
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new BadRequestException("note", "'note' is longer than " + MAX_NOTE + " characters");
        }
        return new RegionRow(name, kind, write(polygon), gates, directionNames, request.portId(), note);
    }

    private static String name(String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("name", "'name' is required: 1 to " + MAX_NAME + " characters");
        }
        return RequestBounds.text("name", value.strip(), MAX_NAME);
    }

    private static String kind(String value) {
        String kind = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new BadRequestException(
                    "kind",
                    "'kind' must be chokepoint, port, anchorage or area, was '"
                            + CategoryParameter.abbreviate(String.valueOf(value)) + "'");
        }
        return kind;
    }

    private Geometry polygon(JsonNode geometry) {
        String type = type(geometry);
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new BadRequestException(
                    "geometry",
                    "'geometry' must be a GeoJSON Polygon or MultiPolygon, was "
                            + (type.isEmpty() ? "no GeoJSON geometry" : "a " + CategoryParameter.abbreviate(type)));
        }
        Geometry polygon = read("geometry", geometry);
        if (!(polygon instanceof Polygonal) || polygon.isEmpty()) {
            throw new BadRequestException("geometry", "'geometry' has no polygon");
        }
        IsValidOp validity = new IsValidOp(polygon);
        if (!validity.isValid()) {
            TopologyValidationError error = validity.getValidationError();
            Coordinate at = error.getCoordinate();
            throw new BadRequestException(
                    "geometry",
                    "'geometry' is not a valid polygon: " + error.getMessage()
                            + (at == null ? "" : String.format(Locale.ROOT, " at [%s, %s]", at.x, at.y)));
        }
        return polygon;
    }

    private String gates(JsonNode gates, Geometry polygon) {
        if (gates == null || gates.isNull() || !gates.isObject() || !gates.has("a") || !gates.has("b")) {
            throw new BadRequestException(
                    "gates",
                    "a chokepoint needs 'gates' {\"a\": LineString, \"b\": LineString}: the two lines across the"
                            + " passage whose crossing in turn makes a transit");
        }
        Map<String, String> written = new LinkedHashMap<>();
        for (String end : List.of("a", "b")) {
            String field = "gates." + end;
            JsonNode node = gates.get(end);
            if (!type(node).equals("LineString")) {
                throw new BadRequestException(field, "'" + field + "' must be a GeoJSON LineString");
            }
            Geometry gate = read(field, node);
            if (!(gate instanceof LineString) || gate.getNumPoints() < 2) {
                throw new BadRequestException(field, "'" + field + "' must be a LineString of two points or more");
            }
            if (!gate.intersects(polygon.getBoundary())) {
                throw new BadRequestException(
                        field, "'" + field + "' does not cross the region's boundary: draw it across the passage");
            }
            written.put(end, write(gate));
        }
        return "{\"a\":" + written.get("a") + ",\"b\":" + written.get("b") + "}";
    }

    private String directionNames(JsonNode names) {
        if (names == null || names.isNull()) {
            return null;
        }
        if (!names.isObject()) {
            throw new BadRequestException("directionNames", "'directionNames' must be {\"ab\": \"…\", \"ba\": \"…\"}");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (String key : names.propertyNames()) {
            String field = "directionNames." + key;
            if (!key.equals("ab") && !key.equals("ba")) {
                throw new BadRequestException(field, "'directionNames' takes only 'ab' and 'ba'");
            }
            JsonNode value = names.get(key);
            if (!value.isString()) {
                throw new BadRequestException(field, "'" + field + "' must be text");
            }
            String text = RequestBounds.text(field, value.asString().strip(), MAX_DIRECTION_NAME);
            if (!text.isEmpty()) {
                kept.put(key, text);
            }
        }
        return kept.isEmpty() ? null : json.writeValueAsString(kept);
    }

    private static String absent(String field, JsonNode value, String kind) {
        if (value != null && !value.isNull()) {
            throw new BadRequestException(field, "'" + field + "' is only for chokepoints, this region is a " + kind);
        }
        return null;
    }

    private static String type(JsonNode geometry) {
        if (geometry == null || !geometry.isObject() || !geometry.has("type")) {
            return "";
        }
        return geometry.get("type").asString("");
    }

    /** A geometry parsed by JTS, its vertices bounded and on the globe. */
    private Geometry read(String field, JsonNode node) {
        Geometry geometry;
        try {
            geometry = new GeoJsonReader().read(node.toString());
        } catch (ParseException | RuntimeException e) {
            // json-simple and JTS throw a variety for malformed coordinates: all mean the same to the client.
            throw new BadRequestException(
                    field,
                    "'" + field + "' is not a well-formed GeoJSON geometry"
                            + (e.getMessage() == null ? "" : ": " + CategoryParameter.abbreviate(e.getMessage())));
        }
        if (geometry.getNumPoints() > maxVertices) {
            throw new BadRequestException(
                    field,
                    "'" + field + "' has " + geometry.getNumPoints() + " vertices, more than the " + maxVertices
                            + " allowed: simplify it");
        }
        for (Coordinate c : geometry.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180) || !(c.y >= -90 && c.y <= 90)) {
                throw new BadRequestException(
                        field,
                        String.format(
                                Locale.ROOT,
                                "'%s' has the position [%s, %s] off the globe: [longitude, latitude] must lie in"
                                        + " [-180, 180] and [-90, 90]",
                                field,
                                c.x,
                                c.y));
            }
        }
        return geometry;
    }

    /** GeoJSON as the table keeps it: no CRS member, exterior rings counter-clockwise (RFC 7946). */
    private static String write(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter();
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        return writer.write(geometry);
    }
}
