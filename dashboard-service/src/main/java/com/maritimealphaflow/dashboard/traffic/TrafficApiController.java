package com.maritimealphaflow.dashboard.traffic;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.regions.RegionSeriesQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The traffic page's data: vessels on the map, the 72-hour gauge and the counts chart. */
@RestController
@RequestMapping("/api/traffic")
@Tag(name = "Traffic", description = "Vessels on the map, the gauge against the moving average, counts over time")
class TrafficApiController {

    private static final String CATEGORY_DOC =
            "Vessel categories: cargo, tanker, passenger, fishing, tug, high_speed_craft, pleasure, military, other,"
                    + " unknown; repeated or comma-separated.";

    private final TrafficMap map;
    private final TrafficCounts counts;
    private final RegionSeriesQueries regions;
    private final DashboardProperties properties;

    TrafficApiController(
            TrafficMap map, TrafficCounts counts, RegionSeriesQueries regions, DashboardProperties properties) {
        this.map = map;
        this.counts = counts;
        this.regions = regions;
        this.properties = properties;
    }

    @GetMapping("/vessels")
    @Operation(
            summary = "Each vessel's latest position in a window of report time",
            description = "Reads raw positions: the window ends now (or at 'at') and is an hour long by default,"
                    + " six hours at most. Vessels without static data are in category 'unknown'.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VesselsOnMap.class)))
    ResponseEntity<?> vessels(
            @Parameter(description = CATEGORY_DOC + " Default: every category.") @RequestParam(required = false)
                    List<String> category,
            @Parameter(description = "ISO-8601 duration, e.g. PT1H (default) or PT30M; at most PT6H.")
                    @RequestParam(required = false)
                    Duration window,
            @Parameter(description = "End of the window, ISO-8601, e.g. 2026-11-22T12:00:00Z. Default: now.")
                    @RequestParam(required = false)
                    Instant at,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false)
                    String acceptEncoding) {
        if (category == null && window == null && at == null) {
            // What every open traffic page polls: served as encoded once per snapshot.
            TrafficMap.EncodedMap encoded = map.defaultMap();
            boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
            ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (gzip) {
                response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            return response.body(gzip ? encoded.gzip() : encoded.json());
        }
        return ResponseEntity.ok(map.vessels(window, at, category));
    }

    @GetMapping("/gauge")
    @Operation(
            summary = "The newest window's total against its 72-hour simple moving average",
            description = "The average is over the windows whose batch_start lies in the 72 hours up to and"
                    + " including the newest window, by time (864 windows at a five-minute interval). With"
                    + " 'region', the vessels present in that region instead, a derived window without a row for"
                    + " it counting zero.")
    Gauge gauge(
            @Parameter(description = "A region's id (GET /api/regions): follow its vessels present instead of all.")
                    @RequestParam(required = false)
                    Long region) {
        if (region == null) {
            return counts.gauge();
        }
        Duration span = properties.counts().smaSpan();
        return Gauge.of(regions.presence(region, span), span);
    }

    @GetMapping("/counts")
    @Operation(
            summary = "Vessel counts over a range, one series per category",
            description = "The range ends at the newest aggregated window. Short ranges give every window; 7d and"
                    + " 30d the average window per UTC hour, all the average window per UTC day.")
    CountSeries counts(
            @Parameter(description = "6h, 24h (default), 7d, 30d or all.") @RequestParam(defaultValue = "24h")
                    String range,
            @Parameter(description = "auto (default: the range's own), window, hour or day.")
                    @RequestParam(defaultValue = "auto")
                    String resolution,
            @Parameter(description = "'total' and/or " + CATEGORY_DOC + " Default: total, cargo, tanker, passenger.")
                    @RequestParam(required = false)
                    List<String> category) {
        return counts.series(range, resolution, category);
    }
}
