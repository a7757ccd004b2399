package com.maritimealphaflow.dashboard.destinations;

import com.maritimealphaflow.dashboard.CsvResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Distinct vessels per reported destination, as JSON for the page and as CSV to download. */
@RestController
@Tag(name = "Destinations", description = "Distinct vessels per reported destination")
class DestinationsApiController {

    private final DestinationQuery query;

    DestinationsApiController(DestinationQuery query) {
        this.query = query;
    }

    @GetMapping("/api/destinations")
    @Operation(
            summary = "Distinct vessels per reported destination since a date",
            description = "Counts the vessels whose latest static report arrived on or after 'since' (UTC), by"
                    + " their latest destination, normalised (trimmed, upper-case, AIS padding removed).")
    DestinationTable destinations(
            @Parameter(
                            description =
                                    "First day counted, yyyy-MM-dd (UTC). Default: a week ago (alphaflow.dashboard.destinations.default-since).")
                    @RequestParam(required = false)
                    LocalDate since,
            @Parameter(description = "Vessel categories, repeated or comma-separated. Default: all.")
                    @RequestParam(required = false)
                    List<String> category,
            @Parameter(description = "Only destinations containing this text (case-insensitive).")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "vessels (default) or destination.") @RequestParam(required = false) String sort,
            @Parameter(description = "asc or desc. Default: desc for vessels, asc for destination.")
                    @RequestParam(required = false)
                    String direction,
            @Parameter(description = "At most this many rows (default 500).") @RequestParam(defaultValue = "500")
                    Integer limit) {
        return query.table(since, category, q, sort, direction, limit);
    }

    @GetMapping("/api/destinations.csv")
    @Operation(
            summary = "The same table as CSV, every row",
            description = "Columns: destination, vessels, then vessels per category.")
    ResponseEntity<String> csv(
            @Parameter(description = "As for /api/destinations.") @RequestParam(required = false) LocalDate since,
            @Parameter(description = "As for /api/destinations.") @RequestParam(required = false) List<String> category,
            @Parameter(description = "As for /api/destinations.") @RequestParam(required = false) String q,
            @Parameter(description = "As for /api/destinations.") @RequestParam(required = false) String sort,
            @Parameter(description = "As for /api/destinations.") @RequestParam(required = false) String direction) {
        DestinationTable table = query.table(since, category, q, sort, direction, null);
        String file = "destinations-since-" + LocalDate.ofInstant(table.since(), ZoneOffset.UTC) + ".csv";
        return CsvResponses.attachment(file, DestinationsCsv.of(table));
    }
}
