package com.maritimealphaflow.aggregation.regions.events;

import static com.maritimealphaflow.aggregation.regions.events.Fixtures.CANAL_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.box;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionIndexTest {

    private final RegionIndex index = Fixtures.index();

    @Test
    void findsEveryRegionContainingAPositionAndNoneOutside() {
        assertThat(index.containing(10.72, 59.90))
                .extracting(RegionShape::id)
                .containsExactlyInAnyOrder(Fixtures.PORT, Fixtures.AREA);
        assertThat(index.containing(32.3, CANAL_LAT))
                .extracting(RegionShape::id)
                .containsExactly(Fixtures.CANAL);
        assertThat(index.containing(-40, 20)).isEmpty();
    }

    @Test
    void aPositionInAHoleIsNotInTheRegion() {
        String withHole = "{\"type\":\"Polygon\",\"coordinates\":[[[10,59],[11,59],[11,60],[10,60],[10,59]],"
                + "[[10.4,59.4],[10.6,59.4],[10.6,59.6],[10.4,59.6],[10.4,59.4]]]}";
        RegionIndex holed = new RegionIndex(List.of(RegionShape.fromGeoJson(9, RegionKind.AREA, withHole, null)));

        assertThat(holed.containing(10.5, 59.5)).isEmpty();
        assertThat(holed.containing(10.2, 59.5)).hasSize(1);
    }

    @Test
    void theExitAreaReachesAboutFiveHundredMetresBeyondThePolygonInEveryDirection() {
        // at 59.9 degrees north a degree of longitude is about 55.8 km, of latitude 111.3 km
        double east = 10.74;
        double north = 59.91;
        assertThat(index.withinExitArea(Fixtures.PORT, east + 450 / 55_800.0, 59.90))
                .isTrue();
        assertThat(index.withinExitArea(Fixtures.PORT, east + 600 / 55_800.0, 59.90))
                .isFalse();
        assertThat(index.withinExitArea(Fixtures.PORT, 10.72, north + 450 / 111_320.0))
                .isTrue();
        assertThat(index.withinExitArea(Fixtures.PORT, 10.72, north + 600 / 111_320.0))
                .isFalse();
        assertThat(index.containing(east + 450 / 55_800.0, 59.90))
                .extracting(RegionShape::id)
                .doesNotContain(Fixtures.PORT);
    }

    @Test
    void aSegmentCrossingBothGatesMeetsThemInOrderWithTheirFractions() {
        List<GateCrossing> crossings = index.gatesCrossed(33.0, CANAL_LAT, 31.0, CANAL_LAT);

        assertThat(crossings).extracting(GateCrossing::gate).containsExactly(Gate.B, Gate.A);
        assertThat(crossings.get(0).fraction()).isCloseTo(0.2, within(1e-12));
        assertThat(crossings.get(1).fraction()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aGateTouchedAtTheSegmentsFirstPositionIsNotCrossedAgain() {
        assertThat(index.gatesCrossed(31.9, CANAL_LAT, 32.0, CANAL_LAT))
                .singleElement()
                .satisfies(crossing -> assertThat(crossing.fraction()).isEqualTo(1.0));
        assertThat(index.gatesCrossed(32.0, CANAL_LAT, 32.1, CANAL_LAT)).isEmpty();
        assertThat(index.gatesCrossed(32.1, CANAL_LAT, 32.1, CANAL_LAT)).isEmpty();
    }

    @Test
    void aSegmentAcrossTheAntimeridianIsSplitThereInsteadOfSweepingTheWorld() {
        // a strait with gates at 169.5 and 168.5 degrees west, and one with a gate just west of the antimeridian;
        // a vessel passing from 179.9 east to 179.9 west crosses the second's gate, not the first's
        RegionShape strait = RegionShape.fromGeoJson(
                11,
                RegionKind.CHOKEPOINT,
                box(-170, 65, -168, 66),
                "{\"a\":" + line(-169.5, 65, -169.5, 66) + ",\"b\":" + line(-168.5, 65, -168.5, 66) + "}");
        RegionShape dateLine = RegionShape.fromGeoJson(
                12,
                RegionKind.CHOKEPOINT,
                box(179, 64, 180, 67),
                "{\"a\":" + line(179.95, 65, 179.95, 66) + ",\"b\":" + line(179.5, 65, 179.5, 66) + "}");
        RegionIndex world = new RegionIndex(List.of(strait, dateLine));

        List<GateCrossing> eastwards = world.gatesCrossed(179.9, 65.5, -179.9, 65.5);
        assertThat(eastwards).singleElement().satisfies(crossing -> {
            assertThat(crossing.region().id()).isEqualTo(12);
            assertThat(crossing.fraction()).isCloseTo(0.25, within(1e-9));
        });

        List<GateCrossing> westwards = world.gatesCrossed(-179.9, 65.5, 179.9, 65.5);
        assertThat(westwards).extracting(GateCrossing::gate).containsExactly(Gate.A);
        assertThat(westwards.get(0).fraction()).isCloseTo(0.75, within(1e-9));
    }
}
