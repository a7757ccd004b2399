package com.maritimealphaflow.aggregation.bench;

import com.maritimealphaflow.aggregation.regions.events.RegionKind;
import com.maritimealphaflow.aggregation.regions.events.RegionShape;
import com.maritimealphaflow.aggregation.regions.events.VesselPosition;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A day of made-up traffic over made-up regions, the same for a seed. Regions: star-shaped polygons of 10 to 40
 * vertices around centres spread over the world's latitudes -60 to 70; of each ten, three chokepoints 20 to 100 km
 * across with gates across their west and east ends, three ports 2 to 15 km, four anchorages 2 to 10 km. Vessels:
 * four in five sail the open sea at 8 to 20 knots; one in five starts in a region: in a port or anchorage, half of
 * them lying still for the first half of the day; west of a chokepoint, heading east through it. Each vessel reports
 * at a fixed interval across 24 hours.
 */
final class SyntheticTraffic {

    static final Instant DAY = Instant.parse("2026-11-22T00:00:00Z");

    final List<RegionShape> regions = new ArrayList<>();
    final List<String> regionWkt = new ArrayList<>();
    final List<String[]> gateWkt = new ArrayList<>();
    /** All positions, vessel after vessel, each vessel's in time order. */
    final List<VesselPosition> positions;

    final int vessels;

    SyntheticTraffic(long seed, int regionCount, int positionCount, int vesselCount) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[regionCount][];
        for (int id = 1; id <= regionCount; id++) {
            RegionKind kind =
                    id % 10 < 3 ? RegionKind.CHOKEPOINT : id % 2 == 0 ? RegionKind.PORT : RegionKind.ANCHORAGE;
            double lat = random.nextDouble(-60, 70);
            double lon = random.nextDouble(-178, 178);
            double radiusKm =
                    switch (kind) {
                        case PORT -> random.nextDouble(1, 7.5);
                        case ANCHORAGE -> random.nextDouble(1, 5);
                        default -> random.nextDouble(10, 50);
                    };
            centres[id - 1] = new double[] {lon, lat, radiusKm};
            regions.add(region(id, kind, lon, lat, radiusKm, random));
        }
        this.vessels = vesselCount;
        int perVessel = Math.max(1, positionCount / vesselCount);
        long intervalMillis = 86_400_000L / perVessel;
        positions = new ArrayList<>(perVessel * vesselCount);
        for (int v = 0; v < vesselCount; v++) {
            long mmsi = 200_000_000L + v;
            double lat;
            double lon;
            double knots;
            boolean lyingStill;
            double heading = random.nextDouble(0, 2 * Math.PI);
            if (random.nextInt(5) == 0) {
                int region = random.nextInt(regionCount);
                double[] centre = centres[region];
                double kmPerLonDegree = 111.32 * Math.cos(Math.toRadians(centre[1]));
                if (regions.get(region).kind() == RegionKind.CHOKEPOINT) {
                    // west of the chokepoint, heading east through it
                    lat = centre[1] + random.nextDouble(-0.3, 0.3) * centre[2] / 111.32;
                    lon = centre[0] - 1.2 * centre[2] / kmPerLonDegree;
                    heading = Math.PI / 2 + random.nextDouble(-0.3, 0.3);
                    knots = random.nextDouble(8, 14);
                    lyingStill = false;
                } else {
                    double offsetKm = random.nextDouble(0, 0.7 * centre[2]);
                    double bearing = random.nextDouble(0, 2 * Math.PI);
                    lat = centre[1] + offsetKm * Math.cos(bearing) / 111.32;
                    lon = centre[0] + offsetKm * Math.sin(bearing) / kmPerLonDegree;
                    knots = random.nextDouble(0, 14);
                    lyingStill = random.nextBoolean();
                }
            } else {
                lat = random.nextDouble(-60, 70);
                lon = random.nextDouble(-180, 180);
                knots = random.nextDouble(8, 20);
                lyingStill = false;
            }
            VesselCategory category = VesselCategory.values()[random.nextInt(VesselCategory.values().length)];
            for (int i = 0; i < perVessel; i++) {
                boolean still = lyingStill && i < perVessel / 2;
                double speed = still ? random.nextDouble(0, 0.3) : knots;
                positions.add(
                        new VesselPosition(mmsi, DAY.plusMillis(i * intervalMillis), lat, lon, speed, null, category));
                double hours = intervalMillis / 3_600_000.0;
                lat = Math.max(-80, Math.min(80, lat + speed * hours * Math.cos(heading) / 60));
                lon += speed * hours * Math.sin(heading) / (60 * Math.cos(Math.toRadians(lat)));
                lon = lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
            }
        }
    }

    private RegionShape region(
            int id, RegionKind kind, double lon, double lat, double radiusKm, SplittableRandom random) {
        int vertices = random.nextInt(10, 41);
        double[] angles = new double[vertices];
        for (int i = 0; i < vertices; i++) {
            angles[i] = random.nextDouble(0, 2 * Math.PI);
        }
        Arrays.sort(angles);
        double latDegrees = radiusKm / 111.32;
        double lonDegrees = latDegrees / Math.cos(Math.toRadians(lat));
        StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
        StringBuilder wkt = new StringBuilder("POLYGON((");
        String first = null;
        for (int i = 0; i < vertices; i++) {
            double reach = random.nextDouble(0.75, 1.0);
            String x = coordinate(lon + reach * lonDegrees * Math.cos(angles[i]));
            String y = coordinate(lat + reach * latDegrees * Math.sin(angles[i]));
            json.append(i == 0 ? "" : ",")
                    .append('[')
                    .append(x)
                    .append(',')
                    .append(y)
                    .append(']');
            wkt.append(i == 0 ? "" : ",").append(x).append(' ').append(y);
            if (i == 0) {
                first = x + "," + y;
            }
        }
        json.append(",[").append(first).append("]]]}");
        wkt.append(',').append(first.replace(',', ' ')).append("))");
        regionWkt.add(wkt.toString());
        String gates = null;
        if (kind == RegionKind.CHOKEPOINT) {
            String a = gateLine(lon - 0.8 * lonDegrees, lat, latDegrees);
            String b = gateLine(lon + 0.8 * lonDegrees, lat, latDegrees);
            gates = "{\"a\":" + a + ",\"b\":" + b + "}";
            gateWkt.add(new String[] {String.valueOf(id), wktLine(lon - 0.8 * lonDegrees, lat, latDegrees)});
            gateWkt.add(new String[] {String.valueOf(id), wktLine(lon + 0.8 * lonDegrees, lat, latDegrees)});
        }
        return RegionShape.fromGeoJson(id, kind, json.toString(), gates);
    }

    private static String gateLine(double lon, double lat, double reach) {
        return "{\"type\":\"LineString\",\"coordinates\":[[" + coordinate(lon) + "," + coordinate(lat - reach) + "],["
                + coordinate(lon) + "," + coordinate(lat + reach) + "]]}";
    }

    private static String wktLine(double lon, double lat, double reach) {
        return "LINESTRING(" + coordinate(lon) + " " + coordinate(lat - reach) + "," + coordinate(lon) + " "
                + coordinate(lat + reach) + ")";
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}
