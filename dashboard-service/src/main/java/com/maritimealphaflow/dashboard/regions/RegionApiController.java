package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.service.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The regions themselves: listed for everyone, edited with the admin token. */
@RestController
@RequestMapping("/api/regions")
@SecurityScheme(name = "adminToken", type = SecuritySchemeType.HTTP, scheme = "bearer", description = "ADMIN_TOKEN")
@Tag(name = "Regions", description = "Named polygons whose traffic is derived: chokepoints, ports, anchorages, areas")
class RegionApiController {

    static final String ADMIN = "Needs 'Authorization: Bearer <ADMIN_TOKEN>': 401 without or with a wrong one, 403 when"
            + " the dashboard has no ADMIN_TOKEN set.";

    private final RegionRepository regions;
    private final RegionEditor editor;

    RegionApiController(RegionRepository regions, RegionEditor editor) {
        this.regions = regions;
        this.editor = editor;
    }

    @GetMapping
    @Operation(
            summary = "Every region, by name",
            description = "Geometry, gates and direction names are GeoJSON objects as stored; presets are the"
                    + " approximations shipped with the schema.")
    List<Region> all() {
        return regions.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One region")
    @ApiResponse(responseCode = "404", description = "No region has the id")
    Region one(@PathVariable long id) {
        return editor.find(id);
    }

    @PostMapping
    @Operation(
            summary = "Creates a region",
            description = "The polygon must be valid (JTS), on the globe and of at most 2,000 vertices; a chokepoint"
                    + " needs gates a and b, each a LineString crossing the polygon's boundary. " + ADMIN,
            security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "201", description = "Created; the body is the stored region")
    @ApiResponse(
            responseCode = "400",
            description = "A field is missing or unusable; 'parameter' names it",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "Another region has the name")
    ResponseEntity<Region> create(@RequestBody RegionRequest request) {
        Region created = editor.create(request);
        return ResponseEntity.created(URI.create("/api/regions/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replaces a region's name, kind, geometry, gates, direction names, port and note",
            description = "An edited preset is no longer a preset. A change of kind, geometry or gates raises the"
                    + " version, and the aggregation service recomputes the region's events and series. " + ADMIN,
            security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "404", description = "No region has the id")
    @ApiResponse(responseCode = "409", description = "Another region has the name")
    Region replace(@PathVariable long id, @RequestBody RegionRequest request) {
        return editor.replace(id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Deletes a region with its events and series",
            description = ADMIN,
            security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No region has the id")
    ResponseEntity<Void> delete(@Parameter(description = "The region's id") @PathVariable long id) {
        editor.delete(id);
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(RegionNameTakenException.class)
    ResponseEntity<ApiError> nameTaken(RegionNameTakenException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(new ApiError(
                        HttpStatus.CONFLICT.value(), HttpStatus.CONFLICT.getReasonPhrase(), "name", e.getMessage()));
    }
}
