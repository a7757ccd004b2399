package com.maritimealphaflow.aggregation.regions.events;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The small part of GeoJSON (RFC 7946) regions use: a Polygon or MultiPolygon, and LineStrings for gates, in
 * longitude/latitude. JTS builds the geometries; this only reads the coordinate arrays. JTS's own
 * {@code GeoJsonReader} lives in {@code jts-io-common}, which brings json-simple 1.1.1 (and JUnit 4 in compile scope)
 * for what Jackson, already here, does; and it accepts every GeoJSON type, where regions want exactly these.
 */
final class GeoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GeometryFactory factory;

    GeoJson(GeometryFactory factory) {
        this.factory = factory;
    }

    /** A Polygon or MultiPolygon. */
    Geometry area(String json) {
        JsonNode node = parse(json, "geometry");
        String type = node.path("type").asString("");
        JsonNode coordinates = node.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates, "geometry.coordinates");
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                for (int i = 0; i < array(coordinates, "geometry.coordinates").size(); i++) {
                    polygons.add(polygon(coordinates.get(i), "geometry.coordinates[" + i + "]"));
                }
                if (polygons.isEmpty()) {
                    throw new InvalidRegionException("geometry.coordinates: a MultiPolygon needs at least one polygon");
                }
                yield factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new InvalidRegionException(
                    "geometry.type: must be \"Polygon\" or \"MultiPolygon\", not \"" + type + "\"");
        };
    }

    /** The gates object {@code {"a": LineString, "b": LineString}}. */
    LineString[] gates(String json) {
        JsonNode node = parse(json, "gates");
        return new LineString[] {lineString(node.path("a"), "gates.a"), lineString(node.path("b"), "gates.b")};
    }

    private static JsonNode parse(String json, String what) {
        if (json == null || json.isBlank()) {
            throw new InvalidRegionException(what + ": missing");
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (!node.isObject()) {
                throw new InvalidRegionException(what + ": must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidRegionException(what + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private LineString lineString(JsonNode node, String where) {
        if (!node.isObject() || !"LineString".equals(node.path("type").asString(""))) {
            throw new InvalidRegionException(where + ": must be a GeoJSON LineString");
        }
        Coordinate[] points = positions(node.path("coordinates"), where + ".coordinates");
        LineString line = points.length < 2 ? null : factory.createLineString(points);
        if (line == null || line.getLength() == 0) {
            throw new InvalidRegionException(where + ": a gate needs two distinct points");
        }
        return line;
    }

    private Polygon polygon(JsonNode rings, String where) {
        if (array(rings, where).isEmpty()) {
            throw new InvalidRegionException(where + ": a polygon needs an outer ring");
        }
        LinearRing shell = ring(rings.get(0), where + "[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), where + "[" + i + "]");
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode node, String where) {
        Coordinate[] points = positions(node, where);
        if (points.length < 4 || !points[0].equals2D(points[points.length - 1])) {
            throw new InvalidRegionException(
                    where + ": a ring needs at least four positions, the last equal to the first");
        }
        return factory.createLinearRing(points);
    }

    private static Coordinate[] positions(JsonNode node, String where) {
        Coordinate[] points = new Coordinate[array(node, where).size()];
        for (int i = 0; i < points.length; i++) {
            JsonNode position = node.get(i);
            if (!position.isArray()
                    || position.size() < 2
                    || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw new InvalidRegionException(where + "[" + i + "]: a position is [longitude, latitude]");
            }
            double lon = position.get(0).doubleValue();
            double lat = position.get(1).doubleValue();
            if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
                throw new InvalidRegionException(where + "[" + i + "]: [" + lon + ", " + lat
                        + "] is outside longitude -180..180, latitude -90..90 (a region across the antimeridian is"
                        + " a MultiPolygon of its two halves)");
            }
            points[i] = new Coordinate(lon, lat);
        }
        return points;
    }

    private static JsonNode array(JsonNode node, String where) {
        if (!node.isArray()) {
            throw new InvalidRegionException(where + ": must be an array");
        }
        return node;
    }
}
