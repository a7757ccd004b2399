package com.maritimealphaflow.aggregation.regions.events;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * A region as the event engine sees it: its id and kind, its area (a JTS Polygon or MultiPolygon, x = longitude,
 * y = latitude, WGS84), and for a chokepoint its two gates, the lines a transit crosses one after the other.
 *
 * @param gateA a chokepoint's first end; null for other kinds
 * @param gateB a chokepoint's second end; null for other kinds
 */
public record RegionShape(long id, RegionKind kind, Geometry area, LineString gateA, LineString gateB) {

    static final GeometryFactory GEOMETRY = new GeometryFactory();

    public RegionShape {
        if (kind == null) {
            throw new InvalidRegionException("kind: missing");
        }
        if (!(area instanceof Polygonal) || area.isEmpty()) {
            throw new InvalidRegionException("geometry: must be a non-empty Polygon or MultiPolygon");
        }
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error != null) {
            throw new InvalidRegionException("geometry: " + error.getMessage() + " at " + error.getCoordinate());
        }
        if (kind == RegionKind.CHOKEPOINT) {
            if (gateA == null || gateB == null) {
                throw new InvalidRegionException("gates: a chokepoint needs both gates, a and b");
            }
            if (gateA.intersects(gateB)) {
                throw new InvalidRegionException("gates: a and b must not touch or cross each other");
            }
        } else if (gateA != null || gateB != null) {
            throw new InvalidRegionException("gates: only a chokepoint has gates, not a " + kind.key());
        }
    }

    /**
     * A region from its stored form.
     *
     * @param geometryJson a GeoJSON Polygon or MultiPolygon, positions as [longitude, latitude]
     * @param gatesJson for a chokepoint {@code {"a": LineString, "b": LineString}} in GeoJSON; null for other kinds
     * @throws InvalidRegionException naming the part that is wrong
     */
    public static RegionShape fromGeoJson(long id, RegionKind kind, String geometryJson, String gatesJson) {
        GeoJson geoJson = new GeoJson(GEOMETRY);
        Geometry area = geoJson.area(geometryJson);
        if (gatesJson == null || gatesJson.isBlank()) {
            return new RegionShape(id, kind, area, null, null);
        }
        LineString[] gates = geoJson.gates(gatesJson);
        return new RegionShape(id, kind, area, gates[0], gates[1]);
    }

    LineString gate(Gate gate) {
        return gate == Gate.A ? gateA : gateB;
    }
}
