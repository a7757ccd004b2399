package com.maritimealphaflow.migrations;

import com.maritimealphaflow.testsupport.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The preset regions as the migrations leave them, and as the GeoJSON file they are generated from says. */
final class PresetRegions {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String GEOJSON = "db/presets/regions.geojson";

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** A row of {@code region}, with the name and kind of the port it points to. */
    record Row(
            String name,
            String kind,
            JsonNode geometry,
            JsonNode gates,
            JsonNode directionNames,
            String portName,
            String portKind,
            boolean preset,
            String note) {}

    private PresetRegions() {}

    static TestDatabase migrated() {
        TestDatabase database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.dataSource())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return database;
    }

    static List<Row> rows(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT r.name, r.kind, r.geometry::text, r.gates::text,"
                        + " r.direction_names::text, p.name, p.kind, r.preset, r.note"
                        + " FROM region r LEFT JOIN region p ON p.id = r.port_id ORDER BY r.id")) {
            while (rs.next()) {
                rows.add(new Row(
                        rs.getString(1),
                        rs.getString(2),
                        json(rs.getString(3)),
                        json(rs.getString(4)),
                        json(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBoolean(8),
                        rs.getString(9)));
            }
        }
        return rows;
    }

    static JsonNode geoJsonFile() throws IOException {
        try (InputStream in = PresetRegions.class.getClassLoader().getResourceAsStream(GEOJSON)) {
            if (in == null) {
                throw new IllegalStateException(GEOJSON + " is not on the classpath");
            }
            return JSON.readTree(in);
        }
    }

    private static JsonNode json(String text) {
        return text == null ? null : JSON.readTree(text);
    }

    /** The polygons of a GeoJSON Polygon or MultiPolygon, each ring taken as written (closure is checked apart). */
    static List<Polygon> polygons(JsonNode geometry) {
        String type = geometry.get("type").asString();
        JsonNode coordinates = geometry.get("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(coordinates));
            case "MultiPolygon" -> coordinates.values().forEach(part -> polygons.add(polygon(part)));
            default -> throw new AssertionError("not a polygon: " + type);
        }
        return polygons;
    }

    static Geometry union(List<Polygon> polygons) {
        return GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    static LineString line(JsonNode lineString) {
        if (!"LineString".equals(lineString.get("type").asString())) {
            throw new AssertionError("not a LineString: " + lineString);
        }
        return GEOMETRY.createLineString(coordinates(lineString.get("coordinates")));
    }

    static Coordinate[] coordinates(JsonNode positions) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (JsonNode position : positions.values()) {
            if (position.size() != 2) {
                throw new AssertionError("a position is [lon, lat]: " + position);
            }
            coordinates.add(new Coordinate(
                    position.get(0).doubleValue(), position.get(1).doubleValue()));
        }
        return coordinates.toArray(Coordinate[]::new);
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> linearRings = new ArrayList<>();
        for (JsonNode ring : rings.values()) {
            linearRings.add(GEOMETRY.createLinearRing(coordinates(ring)));
        }
        return GEOMETRY.createPolygon(
                linearRings.get(0), linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new));
    }

    /** Great-circle distance in km between two lon/lat points. */
    static double kilometres(Coordinate a, Coordinate b) {
        double lat1 = Math.toRadians(a.y);
        double lat2 = Math.toRadians(b.y);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.x - a.x);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }
}
