package com.maritimealphaflow.dashboard.regions;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A region as the API shows it. The GeoJSON columns are passed on as stored (PostgreSQL's jsonb text), as objects.
 *
 * @param geometry GeoJSON Polygon or MultiPolygon, [lon, lat]
 * @param gates chokepoints only: {"a": LineString, "b": LineString}; a track crossing a, then b, is a transit ab
 * @param directionNames what ab and ba mean for people, e.g. {"ab": "southbound", "ba": "northbound"}
 * @param portId an anchorage's port
 * @param preset shipped with the schema; editing a region makes it the user's own
 * @param version raised whenever kind, geometry or gates change
 */
record Region(
        long id,
        String name,
        String kind,
        @JsonRawValue @Schema(type = "object", description = "GeoJSON Polygon or MultiPolygon") String geometry,
        @JsonRawValue @Schema(type = "object", nullable = true, description = "{\"a\": LineString, \"b\": LineString}")
                String gates,
        @JsonRawValue @Schema(type = "object", nullable = true, description = "{\"ab\": \"…\", \"ba\": \"…\"}")
                String directionNames,
        Long portId,
        boolean preset,
        String note,
        int version) {}
