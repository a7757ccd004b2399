package com.maritimealphaflow.dashboard.regions;

/** A region as it is written to the {@code region} table: validated, the GeoJSON columns as JSON text. */
record RegionRow(
        String name, String kind, String geometry, String gates, String directionNames, Long portId, String note) {

    /** The values in the order the repository's statements name the columns, then {@code more}. */
    Object[] values(Object... more) {
        Object[] values = new Object[7 + more.length];
        Object[] own = {name, kind, geometry, gates, directionNames, portId, note};
        System.arraycopy(own, 0, values, 0, own.length);
        System.arraycopy(more, 0, values, own.length, more.length);
        return values;
    }
}
