package com.maritimealphaflow.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.migrations.PresetRegions.Row;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import tools.jackson.databind.JsonNode;

/**
 * The regions the schema ships (issue 16): the 28 chokepoints IMF PortWatch tracks, the busiest ports with their
 * anchorages and Norway's main ports, as the migrations leave them in a fresh database, checked with JTS.
 */
class RegionPresetsTest {

    static final List<String> PORTWATCH_CHOKEPOINTS = List.of(
            "Suez Canal",
            "Panama Canal",
            "Bosporus Strait",
            "Bab el-Mandeb Strait",
            "Malacca Strait",
            "Strait of Hormuz",
            "Cape of Good Hope",
            "Gibraltar Strait",
            "Dover Strait",
            "Oresund Strait",
            "Taiwan Strait",
            "Korea Strait",
            "Tsugaru Strait",
            "Luzon Strait",
            "Lombok Strait",
            "Ombai Strait",
            "Bohai Strait",
            "Torres Strait",
            "Sunda Strait",
            "Makassar Strait",
            "Magellan Strait",
            "Yucatan Channel",
            "Windward Passage",
            "Mona Passage",
            "Balabac Strait",
            "Bering Strait",
            "Mindoro Strait",
            "Kerch Strait");

    static final List<String> BUSIEST_PORTS = List.of(
            "Shanghai",
            "Singapore",
            "Ningbo-Zhoushan",
            "Shenzhen",
            "Qingdao",
            "Guangzhou",
            "Busan",
            "Tianjin",
            "Hong Kong",
            "Rotterdam",
            "Jebel Ali",
            "Port Klang",
            "Xiamen",
            "Antwerp-Bruges",
            "Tanjung Pelepas",
            "Kaohsiung",
            "Los Angeles/Long Beach",
            "Hamburg",
            "Laem Chabang",
            "Port Hedland");

    static final List<String> NORWEGIAN_PORTS = List.of(
            "Oslo",
            "Bergen",
            "Stavanger",
            "Trondheim",
            "Ålesund",
            "Kristiansand",
            "Tromsø",
            "Narvik",
            "Hammerfest",
            "Mongstad",
            "Sture");

    /** A port polygon covers a harbour and its terminals, not a bay; a chokepoint spans a passage, not an ocean. */
    private static final Map<String, Double> LARGEST_PART_KM =
            Map.of("port", 40.0, "anchorage", 40.0, "chokepoint", 1000.0);

    private static final double ANCHORAGE_TO_PORT_KM = 150;
    private static final int MAX_VERTICES = 60;

    private static List<Row> presets;
    private static Map<String, Row> byName;

    @BeforeAll
    static void migrate() throws Exception {
        try (Connection connection = PresetRegions.migrated().connect()) {
            presets =
                    PresetRegions.rows(connection).stream().filter(Row::preset).toList();
        }
        byName = presets.stream().collect(Collectors.toMap(Row::name, Function.identity()));
    }

    @Test
    void shipsThe28PortWatchChokepointsEachWithBothGatesAndTheirDirectionNames() {
        List<Row> chokepoints =
                presets.stream().filter(row -> row.kind().equals("chokepoint")).toList();

        assertThat(chokepoints).extracting(Row::name).containsExactlyInAnyOrderElementsOf(PORTWATCH_CHOKEPOINTS);
        assertThat(chokepoints).allSatisfy(row -> {
            assertThat(row.gates().propertyNames()).as(row.name()).containsExactlyInAnyOrder("a", "b");
            assertThat(row.directionNames().propertyNames()).as(row.name()).containsExactlyInAnyOrder("ab", "ba");
            assertThat(row.directionNames().get("ab").asString())
                    .as(row.name())
                    .isNotBlank()
                    .isNotEqualTo(row.directionNames().get("ba").asString());
        });
    }

    @Test
    void everyPresetIsAValidCounterClockwisePolygonInsideWgs84OfARealisticSize() {
        assertThat(presets).hasSizeGreaterThanOrEqualTo(PORTWATCH_CHOKEPOINTS.size() + BUSIEST_PORTS.size() * 2);
        assertThat(presets).allSatisfy(row -> {
            JsonNode coordinates = row.geometry().get("coordinates");
            List<JsonNode> polygons = row.geometry().get("type").asString().equals("Polygon")
                    ? List.of(coordinates)
                    : new ArrayList<>(coordinates.values());
            for (JsonNode rings : polygons) {
                for (JsonNode ring : rings.values()) {
                    assertClosedRingInsideWgs84(row.name(), PresetRegions.coordinates(ring));
                }
            }

            List<Polygon> parts = PresetRegions.polygons(row.geometry());
            Geometry geometry = PresetRegions.union(parts);
            assertThat(new IsValidOp(geometry).getValidationError())
                    .as("%s is a valid polygon", row.name())
                    .isNull();
            for (Polygon part : parts) {
                assertThat(Orientation.isCCW(part.getExteriorRing().getCoordinates()))
                        .as("%s: exterior ring counter-clockwise", row.name())
                        .isTrue();
                assertThat(part.getNumInteriorRing()).as(row.name()).isZero();
                assertThat(part.getNumPoints()).as(row.name()).isBetween(4, MAX_VERTICES + 1);
                assertThat(diagonalKm(part.getEnvelopeInternal()))
                        .as("%s: size of a part in km", row.name())
                        .isLessThan(LARGEST_PART_KM.get(row.kind()));
            }
        });
    }

    @Test
    void eachGateLiesAcrossItsChokepointsPolygonAndTheTwoGatesNeverMeet() {
        assertThat(presets.stream().filter(row -> row.kind().equals("chokepoint")))
                .allSatisfy(row -> {
                    Geometry polygon = PresetRegions.union(PresetRegions.polygons(row.geometry()));
                    LineString a = PresetRegions.line(row.gates().get("a"));
                    LineString b = PresetRegions.line(row.gates().get("b"));
                    for (LineString gate : List.of(a, b)) {
                        assertInsideWgs84(row.name(), gate.getCoordinates());
                        assertThat(gate.getLength()).as(row.name()).isPositive();
                        assertThat(gate.intersects(polygon))
                                .as("%s: gate %s touches or crosses the polygon", row.name(), gate)
                                .isTrue();
                    }
                    assertThat(a.intersects(b))
                            .as("%s: gates a and b meet", row.name())
                            .isFalse();
                });
    }

    @Test
    void shipsTheTwentyBusiestPortsWithAnchoragesNearThemAndNorwaysMainPorts() {
        Set<String> ports = presets.stream()
                .filter(row -> row.kind().equals("port"))
                .map(Row::name)
                .collect(Collectors.toSet());
        assertThat(ports).containsAll(BUSIEST_PORTS).containsAll(NORWEGIAN_PORTS);

        List<Row> anchorages =
                presets.stream().filter(row -> row.kind().equals("anchorage")).toList();
        assertThat(anchorages).allSatisfy(row -> {
            assertThat(row.portName()).as("%s has a port", row.name()).isNotNull();
            assertThat(row.portKind()).as(row.name()).isEqualTo("port");
            assertThat(byName.get(row.portName()).preset()).as(row.name()).isTrue();
            Geometry anchorage = PresetRegions.union(PresetRegions.polygons(row.geometry()));
            Geometry port = PresetRegions.union(
                    PresetRegions.polygons(byName.get(row.portName()).geometry()));
            Coordinate[] nearest = DistanceOp.nearestPoints(anchorage, port);
            assertThat(PresetRegions.kilometres(nearest[0], nearest[1]))
                    .as("%s to %s in km", row.name(), row.portName())
                    .isLessThan(ANCHORAGE_TO_PORT_KM);
        });
        Set<String> portsWithAnchorage = anchorages.stream().map(Row::portName).collect(Collectors.toSet());
        assertThat(portsWithAnchorage).containsAll(BUSIEST_PORTS);
    }

    @Test
    void presetNamesAreUniqueIgnoringCaseAndEveryNoteSaysItIsAnApproximationNotForNavigation() {
        Set<String> seen = new HashSet<>();
        assertThat(presets).allSatisfy(row -> {
            assertThat(seen.add(row.name().toLowerCase(Locale.ROOT)))
                    .as("%s is unique", row.name())
                    .isTrue();
            assertThat(row.note())
                    .as(row.name())
                    .startsWith("Approximation drawn from public charts for research use, not for navigation.");
        });
    }

    @Test
    void theDatabaseHoldsExactlyThePresetsOfTheGeoJsonFile() throws Exception {
        JsonNode features = PresetRegions.geoJsonFile().get("features");
        assertThat(features.size()).isEqualTo(presets.size());

        for (JsonNode feature : features.values()) {
            JsonNode properties = feature.get("properties");
            String name = properties.get("name").asString();
            Row row = byName.get(name);
            assertThat(row).as("%s in the database", name).isNotNull();
            assertThat(row.kind()).as(name).isEqualTo(properties.get("kind").asString());
            assertSameJson(name + " geometry", row.geometry(), feature.get("geometry"));
            assertSameJson(name + " gates", row.gates(), properties.get("gates"));
            assertSameJson(name + " direction names", row.directionNames(), properties.get("direction_names"));
            assertThat(row.portName())
                    .as(name)
                    .isEqualTo(properties.has("port") ? properties.get("port").asString() : null);
            assertThat(row.note()).as(name).isEqualTo(properties.get("note").asString());
        }
    }

    private static void assertClosedRingInsideWgs84(String name, Coordinate[] ring) {
        assertThat(ring.length).as("%s: ring of at least 4 positions", name).isGreaterThanOrEqualTo(4);
        assertThat(ring[0]).as("%s: ring closed", name).isEqualTo(ring[ring.length - 1]);
        assertInsideWgs84(name, ring);
    }

    private static void assertInsideWgs84(String name, Coordinate[] positions) {
        for (Coordinate position : positions) {
            assertThat(position.x).as("%s: longitude", name).isBetween(-180.0, 180.0);
            assertThat(position.y).as("%s: latitude", name).isBetween(-90.0, 90.0);
        }
    }

    private static double diagonalKm(Envelope envelope) {
        return PresetRegions.kilometres(
                new Coordinate(envelope.getMinX(), envelope.getMinY()),
                new Coordinate(envelope.getMaxX(), envelope.getMaxY()));
    }

    /** Equal JSON, numbers compared by value (jsonb may write 20.0 where the file has 20). */
    private static void assertSameJson(String what, JsonNode actual, JsonNode expected) {
        if (actual == null || expected == null || expected.isNull()) {
            assertThat(actual == null || actual.isNull()).as(what).isEqualTo(expected == null || expected.isNull());
            return;
        }
        Comparator<JsonNode> byValue = (x, y) ->
                x.isNumber() && y.isNumber() ? Double.compare(x.doubleValue(), y.doubleValue()) : (x.equals(y) ? 0 : 1);
        assertThat(actual.equals(byValue, expected))
                .as("%s: %s is %s", what, actual, expected)
                .isTrue();
    }
}
