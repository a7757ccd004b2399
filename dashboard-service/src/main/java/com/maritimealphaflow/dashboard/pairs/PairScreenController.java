package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.CsvResponses;
import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.jobs.JobResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pair screens over REST: requested (admin token), followed, listed, cancelled, and their pairs as a table or CSV. */
@RestController
@RequestMapping("/api/pairs/screens")
@Tag(name = "Pairs")
class PairScreenController {

    private static final int MAX_SCREENS_LISTED = 100;

    private final PairScreens screens;
    private final ScreenStore store;
    private final DashboardProperties.Pairs settings;

    PairScreenController(PairScreens screens, ScreenStore store, DashboardProperties properties) {
        this.screens = screens;
        this.store = store;
        this.settings = properties.pairs();
    }

    @PostMapping
    @Operation(
            summary = "Screen the stored daily bars for cointegrated pairs",
            description = "Queues a screen and answers 202 with it; GET its Location for progress and results. On the"
                    + " training window only: eligible instruments (coverage), optional PCA + DBSCAN clusters (pairs"
                    + " within a cluster), OLS hedge ratio of both orderings, Engle-Granger test (MacKinnon p-value for"
                    + " two series, doubled for the choice of ordering), half-life, Hurst exponent, mean crossings, and"
                    + " Benjamini-Hochberg or Holm correction over every pair tested. Every field is optional.",
            security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "202", description = "Queued")
    @ApiResponse(responseCode = "400", description = "A field is invalid; the response names it")
    ResponseEntity<Screen> request(@RequestBody(required = false) ScreenRequest request) {
        Screen screen = screens.request(request, "api");
        return JobResponses.accepted(screen, screen.id());
    }

    @GetMapping
    @Operation(summary = "The latest pair screens, newest first")
    List<Screen> list(@RequestParam(required = false) @Parameter(description = "1 to 100 (default 20)") Integer limit) {
        int chosen = limit == null ? 20 : limit;
        JobResponses.checkLimit(chosen, MAX_SCREENS_LISTED);
        return screens.latest(chosen);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A pair screen: its state, progress, settings and summary")
    @ApiResponse(responseCode = "404", description = "No such screen")
    Screen screen(@PathVariable long id) {
        return screens.find(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel a queued or running pair screen", security = @SecurityRequirement(name = "adminToken"))
    @ApiResponse(responseCode = "409", description = "The screen had ended")
    ResponseEntity<?> cancel(@PathVariable long id) {
        return screens.cancel(id)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> JobResponses.conflict("Pair screen " + id + " had ended"));
    }

    @GetMapping("/{id}/pairs")
    @Operation(
            summary = "A completed screen's pairs, filtered and sorted, as JSON pages or one CSV",
            description = "ln dependent = intercept + hedgeRatio ln independent + spread, on the training window."
                    + " Statistics that are not finite (no mean reversion: infinite half-life) are null.")
    ResponseEntity<?> pairs(
            @PathVariable long id,
            @RequestParam(required = false) @Parameter(description = "Only pairs that pass (default true)")
                    Boolean passing,
            @RequestParam(required = false) @Parameter(description = "Pairs with this text in a symbol") String symbol,
            @RequestParam(required = false)
                    @Parameter(
                            description = "pValue, bhPValue (default), holmPValue, statistic, hedgeRatio, halfLife,"
                                    + " hurst, meanCrossings, returnCorrelation or observations")
                    String sort,
            @RequestParam(required = false) @Parameter(description = "asc (default) or desc") String order,
            @RequestParam(required = false) @Parameter(description = "1 to the configured maximum (default 100)")
                    Integer limit,
            @RequestParam(required = false) @Parameter(description = "Pairs to skip (default 0)") Integer offset,
            @RequestParam(required = false) @Parameter(description = "json (default) or csv") String format,
            HttpServletResponse response) {
        PairFilter filter = PairFilter.of(passing, symbol, sort, order);
        int chosenLimit = limit == null ? 100 : limit;
        JobResponses.checkLimit(chosenLimit, settings.maxPairsListed());
        int chosenOffset = offset == null ? 0 : offset;
        if (chosenOffset < 0) {
            throw new BadRequestException("offset", "'offset' must not be negative");
        }
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw new BadRequestException("format", "'format' must be json or csv");
        }
        screens.find(id);
        if ("csv".equals(format)) {
            writeCsv(id, filter, response);
            return null;
        }
        return ResponseEntity.ok(store.pairs(id, filter, chosenLimit, chosenOffset));
    }

    private void writeCsv(long id, PairFilter filter, HttpServletResponse response) {
        try {
            Writer out = CsvResponses.stream(response, "pair-screen-" + id + ".csv");
            out.write("dependent,independent,cluster,observations,droppedDates,intercept,hedgeRatio,statistic,"
                    + "otherStatistic,adfLag,pValue,holmPValue,bhPValue,halfLife,hurst,meanCrossings,"
                    + "returnCorrelation,passes\n");
            store.eachPair(id, filter, p -> {
                try {
                    out.write(String.join(
                                    ",",
                                    CsvResponses.cell(p.dependent()),
                                    CsvResponses.cell(p.independent()),
                                    String.valueOf(p.cluster()),
                                    String.valueOf(p.observations()),
                                    String.valueOf(p.droppedDates()),
                                    number(p.intercept()),
                                    number(p.hedgeRatio()),
                                    number(p.statistic()),
                                    number(p.otherStatistic()),
                                    String.valueOf(p.adfLag()),
                                    number(p.pValue()),
                                    number(p.holmPValue()),
                                    number(p.bhPValue()),
                                    number(p.halfLife()),
                                    number(p.hurst()),
                                    String.valueOf(p.meanCrossings()),
                                    number(p.returnCorrelation()),
                                    String.valueOf(p.passes()))
                            + "\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String number(Double value) {
        return value == null ? "" : value.toString();
    }
}
