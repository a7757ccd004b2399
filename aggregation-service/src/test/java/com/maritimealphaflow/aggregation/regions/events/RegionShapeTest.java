package com.maritimealphaflow.aggregation.regions.events;

import static com.maritimealphaflow.aggregation.regions.events.Fixtures.box;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class RegionShapeTest {

    private static final String GATES = "{\"a\":" + line(0, 0, 0, 1) + ",\"b\":" + line(1, 0, 1, 1) + "}";

    @Test
    void readsAPolygonWithAHoleAsLongitudeLatitude() {
        String withHole = "{\"type\":\"Polygon\",\"coordinates\":[[[10,59],[11,59],[11,60],[10,60],[10,59]],"
                + "[[10.4,59.4],[10.6,59.4],[10.6,59.6],[10.4,59.6],[10.4,59.4]]]}";

        RegionShape port = RegionShape.fromGeoJson(7, RegionKind.PORT, withHole, null);

        assertThat(port.area()).isInstanceOf(Polygon.class);
        assertThat(((Polygon) port.area()).getNumInteriorRing()).isEqualTo(1);
        assertThat(port.area().getEnvelopeInternal().getMinX()).isEqualTo(10);
        assertThat(port.area().getEnvelopeInternal().getMaxY()).isEqualTo(60);
        assertThat(port.gateA()).isNull();
    }

    @Test
    void readsAMultiPolygonAndAChokepointsGates() {
        String halves = "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[179,65],[180,65],[180,66],[179,66],[179,65]]],"
                + "[[[-180,65],[-179,65],[-179,66],[-180,66],[-180,65]]]]}";

        RegionShape strait = RegionShape.fromGeoJson(8, RegionKind.CHOKEPOINT, halves, GATES);

        assertThat(strait.area()).isInstanceOf(MultiPolygon.class);
        assertThat(strait.gateA().getCoordinateN(1).y).isEqualTo(1);
        assertThat(strait.gateB().getCoordinateN(0).x).isEqualTo(1);
    }

    @Test
    void acceptsAnAltitudeAfterLongitudeAndLatitude() {
        String withAltitude = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0,5],[1,0,5],[1,1,5],[0,1,5],[0,0,5]]]}";

        assertThat(RegionShape.fromGeoJson(1, RegionKind.AREA, withAltitude, null)
                        .area()
                        .getArea())
                .isEqualTo(1.0);
    }

    @Test
    void refusesWhatIsNotAUsablePolygonAndSaysWhere() {
        assertRefused("{\"type\":\"Point\",\"coordinates\":[0,0]}", "geometry.type");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}", "geometry.coordinates[0]");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[190,0],[1,1],[0,0]]]}", "outside longitude");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}", "Self-intersection");
        assertRefused(
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[\"1\",0],[1,1],[0,0]]]}", "[longitude, latitude]");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[]}", "outer ring");
        assertRefused("{\"type\":\"MultiPolygon\",\"coordinates\":[]}", "at least one polygon");
        assertRefused("{\"type\":\"Polygon\"", "not JSON");
        assertRefused("[]", "JSON object");
        assertRefused(null, "geometry: missing");
    }

    @Test
    void aChokepointNeedsTwoGatesThatDoNotMeetAndOnlyAChokepointHasGates() {
        String square = box(0, 0, 1, 1);

        assertThatThrownBy(() -> RegionShape.fromGeoJson(1, RegionKind.CHOKEPOINT, square, null))
                .isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining("needs both gates");
        assertThatThrownBy(() ->
                        RegionShape.fromGeoJson(1, RegionKind.CHOKEPOINT, square, "{\"a\":" + line(0, 0, 0, 1) + "}"))
                .isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining("gates.b");
        assertThatThrownBy(() -> RegionShape.fromGeoJson(
                        1,
                        RegionKind.CHOKEPOINT,
                        square,
                        "{\"a\":" + line(0, 0, 1, 1) + ",\"b\":" + line(0, 1, 1, 0) + "}"))
                .isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining("must not touch or cross");
        assertThatThrownBy(() -> RegionShape.fromGeoJson(
                        1,
                        RegionKind.CHOKEPOINT,
                        square,
                        "{\"a\":" + line(0, 0, 0, 0) + ",\"b\":" + line(1, 0, 1, 1) + "}"))
                .isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining("two distinct points");
        assertThatThrownBy(() -> RegionShape.fromGeoJson(1, RegionKind.PORT, square, GATES))
                .isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining("only a chokepoint");
    }

    private static void assertRefused(String geometry, String message) {
        assertThatThrownBy(() -> RegionShape.fromGeoJson(1, RegionKind.AREA, geometry, null))
                .isInstanceOf(InvalidRegionException.class)
                .hasMessageContaining(message);
    }
}
