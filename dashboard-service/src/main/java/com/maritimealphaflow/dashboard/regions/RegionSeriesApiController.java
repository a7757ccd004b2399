package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.CsvResponses;
import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.service.ApiError;
import com.maritimealphaflow.service.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the aggregation service derived for a region: its series and its latest events, as JSON or CSV. */
@RestController
@RequestMapping("/api/regions/{id}")
@Tag(name = "Regions")
class RegionSeriesApiController {

    private final RegionEditor regions;
    private final RegionSeriesQueries series;
    private final RegionEvents events;
    private final DashboardProperties.Regions settings;
    private final Clock clock;

    RegionSeriesApiController(
            RegionEditor regions,
            RegionSeriesQueries series,
            RegionEvents events,
            DashboardProperties properties,
            Clock clock) {
        this.regions = regions;
        this.series = series;
        this.events = events;
        this.settings = properties.regions();
        this.clock = clock;
    }

    @GetMapping("/series")
    @Operation(
            summary = "A region's series over a range",
            description = "One point per window (or hour, or day) the aggregation service has derived, 'time' being"
                    + " its start: zero where the region had nothing, no point where nothing was derived.")
    @ApiResponse(responseCode = "404", description = "No region has the id")
    RegionSeries series(@PathVariable long id, @ParameterObject @ModelAttribute RegionSeriesParameters parameters) {
        RegionSeriesRequest request = RegionSeriesRequest.of(parameters, clock.instant(), settings);
        return series.series(regions.find(id), request, settings.trailingAverage());
    }

    @GetMapping("/series.csv")
    @Operation(summary = "A region's series as CSV: time, value (and average when asked)")
    ResponseEntity<String> seriesCsv(
            @PathVariable long id, @ParameterObject @ModelAttribute RegionSeriesParameters parameters) {
        RegionSeries answer = series(id, parameters);
        String file = "region-" + id + "-" + answer.metric() + "-" + answer.interval() + "-" + answer.category()
                + (answer.direction() == null ? "" : "-" + answer.direction()) + ".csv";
        return CsvResponses.attachment(file, RegionCsv.series(answer));
    }

    @GetMapping("/events")
    @Operation(
            summary = "A region's latest events, newest first",
            description = "Transits, port calls and waits, open ones with no end yet; with the vessel's name where"
                    + " its static data is known.")
    @ApiResponse(responseCode = "404", description = "No region has the id")
    List<RegionEvent> events(@PathVariable long id, @ParameterObject @ModelAttribute RegionEventParameters parameters) {
        String chosenKind = RegionEvents.kind(parameters.kind());
        int chosenLimit = parameters.limit() == null ? settings.eventsShown() : parameters.limit();
        if (chosenLimit < 1 || chosenLimit > settings.maxEvents()) {
            throw new BadRequestException(
                    "limit", "'limit' must lie between 1 and " + settings.maxEvents() + ", was " + chosenLimit);
        }
        return events.latest(regions.find(id).id(), chosenKind, chosenLimit);
    }

    @GetMapping("/events.csv")
    @Operation(summary = "A region's latest events as CSV")
    ResponseEntity<String> eventsCsv(
            @PathVariable long id, @ParameterObject @ModelAttribute RegionEventParameters parameters) {
        return CsvResponses.attachment("region-" + id + "-events.csv", RegionCsv.events(events(id, parameters)));
    }

    /** A parameter of the wrong type (a time or a number that is none): a 400 naming it, as for any other parameter. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> unusable(BindException e) {
        FieldError error = e.getFieldError();
        String field = error == null ? null : error.getField();
        String message = field == null
                ? "a parameter has a value of the wrong type"
                : "'" + CategoryParameter.abbreviate(String.valueOf(error.getRejectedValue()))
                        + "' is not a valid value for '" + field + "'"
                        + (field.equals("from") || field.equals("to")
                                ? ": expected an ISO-8601 time such as 2026-11-22T12:00:00Z"
                                : "");
        return ResponseEntity.badRequest()
                .body(new ApiError(
                        HttpStatus.BAD_REQUEST.value(), HttpStatus.BAD_REQUEST.getReasonPhrase(), field, message));
    }
}
