package com.maritimealphaflow.dashboard.regions;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * A region to create, or the whole of one to replace it with.
 *
 * @param name 1 to 100 characters, unique
 * @param kind chokepoint, port, anchorage or area
 * @param geometry a GeoJSON Polygon or MultiPolygon, [lon, lat], valid (no self-intersection)
 * @param gates chokepoints only, and required for them: {"a": LineString, "b": LineString}, each crossing the
 *     polygon's boundary
 * @param directionNames chokepoints only, optional: {"ab": "…", "ba": "…"}
 * @param portId anchorages only, optional: the id of a port region
 * @param note free text
 */
record RegionRequest(
        String name,
        String kind,
        @Schema(type = "object", description = "GeoJSON Polygon or MultiPolygon") JsonNode geometry,
        @Schema(type = "object", description = "{\"a\": LineString, \"b\": LineString}") JsonNode gates,
        @Schema(type = "object", description = "{\"ab\": \"…\", \"ba\": \"…\"}") JsonNode directionNames,
        Long portId,
        String note) {}
