package com.maritimealphaflow.aggregation.regions.events;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regions and tracks with known answers. The canal runs west to east along latitude 30.1 between longitudes 32.0
 * (gate a) and 32.6 (gate b); the port is a box at Oslo's latitude, about 2.2 km wide and high; the anchorage a
 * box beside it.
 */
final class Fixtures {

    static final long MMSI = 257_123_450L;
    static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");
    static final double CANAL_LAT = 30.1;

    static final long CANAL = 1;
    static final long PORT = 2;
    static final long ANCHORAGE = 3;
    static final long AREA = 4;

    static final RegionShape CANAL_SHAPE = RegionShape.fromGeoJson(
            CANAL,
            RegionKind.CHOKEPOINT,
            box(32.0, 30.0, 32.6, 30.2),
            "{\"a\":" + line(32.0, 29.95, 32.0, 30.25) + ",\"b\":" + line(32.6, 29.95, 32.6, 30.25) + "}");
    static final RegionShape PORT_SHAPE =
            RegionShape.fromGeoJson(PORT, RegionKind.PORT, box(10.70, 59.89, 10.74, 59.91), null);
    static final RegionShape ANCHORAGE_SHAPE =
            RegionShape.fromGeoJson(ANCHORAGE, RegionKind.ANCHORAGE, box(10.60, 59.80, 10.64, 59.82), null);
    static final RegionShape AREA_SHAPE =
            RegionShape.fromGeoJson(AREA, RegionKind.AREA, box(10.0, 59.0, 11.0, 60.5), null);

    /** Port and anchorage: positions inside, just outside (within the 500 m exit buffer) and well outside. */
    static final double PORT_LON = 10.72;

    static final double PORT_LAT = 59.90;
    static final double PORT_JUST_OUTSIDE_LAT = 59.9118; // 200 m north of the box
    static final double PORT_FAR_LAT = 59.93; // 2.2 km north
    static final double ANCHOR_LON = 10.62;
    static final double ANCHOR_LAT = 59.81;
    static final double ANCHOR_FAR_LAT = 59.85;

    private Fixtures() {}

    static RegionIndex index() {
        return new RegionIndex(List.of(CANAL_SHAPE, PORT_SHAPE, ANCHORAGE_SHAPE, AREA_SHAPE));
    }

    static RegionEventDetector detector() {
        return new RegionEventDetector(index(), EventRules.defaults());
    }

    static String box(double west, double south, double east, double north) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + east + "," + south + "],["
                + east + "," + north + "],[" + west + "," + north + "],[" + west + "," + south + "]]]}";
    }

    static String line(double lon1, double lat1, double lon2, double lat2) {
        return "{\"type\":\"LineString\",\"coordinates\":[[" + lon1 + "," + lat1 + "],[" + lon2 + "," + lat2 + "]]}";
    }

    static Instant at(Duration offset) {
        return T0.plus(offset);
    }

    static Instant minutes(double minutes) {
        return T0.plusMillis(Math.round(minutes * 60_000));
    }

    static VesselPosition p(double minutes, double lon, double lat, Double knots) {
        return new VesselPosition(MMSI, minutes(minutes), lat, lon, knots, 11.5, VesselCategory.CARGO);
    }

    static VesselPosition hours(double hours, double lon, double lat, Double knots) {
        return p(hours * 60, lon, lat, knots);
    }

    /** Every {@code step} minutes from {@code from} to {@code to} (inclusive), at one place and speed. */
    static List<VesselPosition> every(double step, double from, double to, double lon, double lat, Double knots) {
        List<VesselPosition> positions = new ArrayList<>();
        for (double m = from; m <= to + 1e-9; m += step) {
            positions.add(p(m, lon, lat, knots));
        }
        return positions;
    }

    @SafeVarargs
    static List<VesselPosition> concat(List<VesselPosition>... parts) {
        List<VesselPosition> all = new ArrayList<>();
        for (List<VesselPosition> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** The events of a fresh vessel's track, processed in one call. */
    static List<RegionEvent> run(List<VesselPosition> positions) {
        return detector().process(VesselTrack.start(MMSI), positions).events();
    }

    /** What a caller storing events with an upsert on (type, region, start) ends up with. */
    static Collection<RegionEvent> stored(List<RegionEvent> events) {
        Map<String, RegionEvent> rows = new LinkedHashMap<>();
        for (RegionEvent event : events) {
            rows.put(event.type() + "/" + event.regionId() + "/" + event.start(), event);
        }
        return rows.values();
    }
}
