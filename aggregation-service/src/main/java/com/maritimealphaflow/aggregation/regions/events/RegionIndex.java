package com.maritimealphaflow.aggregation.regions.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Every region in two JTS STR-trees: areas (for which regions contain a position) and chokepoint gates (for which
 * gates a segment between two positions crosses). Polygons and gates are prepared once, so a point test is an
 * indexed lookup in the polygon's edges rather than a scan. Immutable and safe to share between threads once built
 * (JTS documents prepared geometries as thread-safe; the trees are built here, before any query).
 *
 * <p>Ports and anchorages also get an exit area: the polygon grown by {@code exitBufferMeters}. A vessel enters
 * when it is inside the polygon and leaves only when it is outside the exit area, so positions jittering across the
 * line do not make many visits. The buffer is computed in a local equirectangular frame (longitudes scaled by the
 * cosine of the region's latitude nearest a pole), so it is at least the asked distance in every direction.
 *
 * <p>Segments across the antimeridian (from 179.9° to -179.9°) are split there, so that they do not sweep the whole
 * world in longitude and cross every gate on their latitude.
 */
public final class RegionIndex {

    /** The default exit buffer of ports and anchorages. */
    public static final double DEFAULT_EXIT_BUFFER_METERS = 500;

    private static final double METERS_PER_DEGREE_LATITUDE = 111_320;

    private final STRtree areas = new STRtree();
    private final STRtree gates = new STRtree();
    private final Map<Long, Indexed> byId = new HashMap<>();

    public RegionIndex(Collection<RegionShape> shapes, double exitBufferMeters) {
        PreparedGeometryFactory prepare = new PreparedGeometryFactory();
        for (RegionShape shape : shapes) {
            boolean hasVisits = shape.kind() == RegionKind.PORT || shape.kind() == RegionKind.ANCHORAGE;
            Geometry exit = hasVisits ? grown(shape.area(), exitBufferMeters) : shape.area();
            Indexed indexed = new Indexed(shape, prepare.create(shape.area()), prepare.create(exit));
            if (byId.put(shape.id(), indexed) != null) {
                throw new IllegalArgumentException("region " + shape.id() + " given twice");
            }
            // the exit area's envelope holds the polygon's, so one lookup finds both tests' candidates
            areas.insert(exit.getEnvelopeInternal(), indexed);
            if (shape.kind() == RegionKind.CHOKEPOINT) {
                for (Gate gate : Gate.values()) {
                    LineString line = shape.gate(gate);
                    gates.insert(line.getEnvelopeInternal(), new IndexedGate(shape, gate, line, prepare.create(line)));
                }
            }
        }
        areas.build();
        gates.build();
    }

    public RegionIndex(Collection<RegionShape> shapes) {
        this(shapes, DEFAULT_EXIT_BUFFER_METERS);
    }

    /** The regions whose polygon contains the position (its boundary excluded, as PostGIS's ST_Contains). */
    public List<RegionShape> containing(double lon, double lat) {
        Point point = point(lon, lat);
        List<RegionShape> found = new ArrayList<>(2);
        for (Object item : areas.query(point.getEnvelopeInternal())) {
            Indexed indexed = (Indexed) item;
            if (indexed.area.contains(point)) {
                found.add(indexed.shape);
            }
        }
        return found;
    }

    /** Whether the position is still inside the region's exit area (for a port or anchorage, its grown polygon). */
    boolean withinExitArea(long regionId, double lon, double lat) {
        Indexed indexed = byId.get(regionId);
        return indexed != null && indexed.exit.intersects(point(lon, lat));
    }

    boolean contains(long regionId) {
        return byId.containsKey(regionId);
    }

    public int size() {
        return byId.size();
    }

    /**
     * The gates that the straight segment from the first position to the second crosses, in the order the segment
     * meets them. A gate touched exactly at the first position is not counted: the segment ending there counted it.
     */
    public List<GateCrossing> gatesCrossed(double lon1, double lat1, double lon2, double lat2) {
        List<GateCrossing> found = new ArrayList<>(0);
        if (lon1 == lon2 && lat1 == lat2) {
            return found;
        }
        if (Math.abs(lon2 - lon1) > 180) {
            double edge = lon1 > 0 ? 180 : -180;
            double unwrapped = lon2 + (edge > 0 ? 360 : -360);
            double at = (edge - lon1) / (unwrapped - lon1);
            double latitude = lat1 + at * (lat2 - lat1);
            crossings(lon1, lat1, edge, latitude, 0, at, found);
            crossings(-edge, latitude, lon2, lat2, at, 1, found);
        } else {
            crossings(lon1, lat1, lon2, lat2, 0, 1, found);
        }
        found.sort(Comparator.comparingDouble(GateCrossing::fraction));
        return found;
    }

    private void crossings(
            double lon1, double lat1, double lon2, double lat2, double from, double to, List<GateCrossing> found) {
        Coordinate start = new Coordinate(lon1, lat1);
        Coordinate end = new Coordinate(lon2, lat2);
        Envelope envelope = new Envelope(start, end);
        List<?> candidates = gates.query(envelope);
        if (candidates.isEmpty()) {
            return;
        }
        LineString segment = RegionShape.GEOMETRY.createLineString(new Coordinate[] {start, end});
        LineSegment along = new LineSegment(start, end);
        for (Object item : candidates) {
            IndexedGate gate = (IndexedGate) item;
            if (!gate.prepared.intersects(segment)) {
                continue;
            }
            double first = Double.NaN;
            for (Coordinate cut : gate.line.intersection(segment).getCoordinates()) {
                double fraction = from + along.segmentFraction(cut) * (to - from);
                if (fraction > 0 && (Double.isNaN(first) || fraction < first)) {
                    first = fraction;
                }
            }
            if (!Double.isNaN(first)) {
                found.add(new GateCrossing(gate.shape, gate.gate, first));
            }
        }
    }

    private static Point point(double lon, double lat) {
        return RegionShape.GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    private static Geometry grown(Geometry area, double meters) {
        if (meters <= 0) {
            return area;
        }
        Envelope envelope = area.getEnvelopeInternal();
        double polewards = Math.min(89, Math.max(Math.abs(envelope.getMinY()), Math.abs(envelope.getMaxY())));
        double cos = Math.cos(Math.toRadians(polewards));
        Geometry local = AffineTransformation.scaleInstance(cos, 1).transform(area);
        Geometry grownLocal = local.buffer(meters / METERS_PER_DEGREE_LATITUDE);
        return AffineTransformation.scaleInstance(1 / cos, 1).transform(grownLocal);
    }

    private record Indexed(RegionShape shape, PreparedGeometry area, PreparedGeometry exit) {}

    private record IndexedGate(RegionShape shape, Gate gate, LineString line, PreparedGeometry prepared) {}
}
