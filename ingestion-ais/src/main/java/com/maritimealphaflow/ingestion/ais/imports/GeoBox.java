package com.maritimealphaflow.ingestion.ais.imports;

import java.util.List;

/**
 * A bounding box of an import, given as two opposite corners {@code [[lat, lon], [lat, lon]]} the way aisstream.io
 * takes them. A box whose western edge lies east of its eastern one (corners given across the antimeridian, e.g.
 * {@code [[50, 170], [60, -170]]}) wraps around it.
 */
record GeoBox(double south, double west, double north, double east) {

    /** The box of two corners, in either order; each corner is {@code [lat, lon]} within range. */
    static GeoBox of(List<Double> a, List<Double> b) {
        return new GeoBox(Math.min(a.get(0), b.get(0)), a.get(1), Math.max(a.get(0), b.get(0)), b.get(1));
    }

    boolean contains(double latitude, double longitude) {
        if (latitude < south || latitude > north) {
            return false;
        }
        return west <= east ? longitude >= west && longitude <= east : longitude >= west || longitude <= east;
    }
}
