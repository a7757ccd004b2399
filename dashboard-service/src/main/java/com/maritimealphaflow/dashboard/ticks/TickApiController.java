package com.maritimealphaflow.dashboard.ticks;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.model.ticks.TickWindows;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tick trends: a symbol's windows with EMA38 and EMA100, the breakouts (EMA crossovers), and a search of symbols. */
@RestController
@RequestMapping("/api/ticks")
@Tag(name = "Ticks")
class TickApiController {

    private final TickQueries ticks;
    private final DashboardProperties.Ticks settings;

    TickApiController(TickQueries ticks, DashboardProperties properties) {
        this.ticks = ticks;
        this.settings = properties.ticks();
    }

    @GetMapping("/{symbol}/windows")
    @Operation(
            summary = "A symbol's 5-minute windows with close, EMA38 and EMA100, and its breakouts among them",
            description = "Windows whose end lies in [from, to), oldest first; windows without ticks have no row. A"
                    + " range with more windows than 'limit' gives its latest ones and says \"truncated\": true.")
    @ApiResponse(responseCode = "404", description = "No windows of the symbol are stored")
    SymbolWindows windows(
            @PathVariable @Parameter(description = "e.g. IEBBB.FR or BTCUSDT") String symbol,
            @RequestParam(required = false)
                    @Parameter(
                            description =
                                    "Start (inclusive), ISO-8601; default 2 days before the symbol's last window.")
                    Instant from,
            @RequestParam(required = false)
                    @Parameter(description = "End (exclusive), ISO-8601; default just after the symbol's last window.")
                    Instant to,
            @RequestParam(required = false)
                    @Parameter(description = "The most windows to give, 1 to 20,000 (default 20,000).")
                    Integer limit) {
        String name = TickParameters.symbol("symbol", symbol);
        RequestBounds.instant("from", from);
        RequestBounds.instant("to", to);
        int chosenLimit = TickParameters.limit(limit, settings.maxWindows(), settings.maxWindows());
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadRequestException("to", "'to' must lie after 'from'");
        }
        TickSymbol known = find(name);
        Instant end = to != null ? to : known.lastWindow().plus(TickWindows.LENGTH);
        Instant start = from != null ? from : known.lastWindow().minus(settings.defaultRange());
        if (!start.isBefore(end)) {
            throw new BadRequestException("from", "'from' must lie before the end of the range, " + end);
        }
        List<TickWindow> windows = ticks.latestWindows(name, start, end, chosenLimit + 1);
        boolean truncated = windows.size() > chosenLimit;
        if (truncated) {
            windows = windows.subList(1, windows.size());
        }
        Instant shownFrom = truncated ? windows.get(0).windowEnd() : start;
        return new SymbolWindows(
                name, start, end, known.lastWindow(), truncated, windows, ticks.breakouts(name, shownFrom, end));
    }

    @GetMapping("/breakouts")
    @Operation(
            summary = "The latest breakouts (EMA38 crossing EMA100), latest window first",
            description = "With 'symbol' its last three by default; without, the latest across all symbols (50 by"
                    + " default). The live stream of new ones is /api/ticks/breakouts/stream.")
    @ApiResponse(responseCode = "404", description = "No windows of the symbol are stored")
    BreakoutList breakouts(
            @RequestParam(required = false) @Parameter(description = "One symbol; default all.") String symbol,
            @RequestParam(required = false)
                    @Parameter(description = "How many, 1 to 500; default 3 with a symbol, 50 without.")
                    Integer limit) {
        if (symbol == null) {
            return new BreakoutList(ticks.latestBreakouts(
                    null, TickParameters.limit(limit, settings.breakoutsShown(), settings.maxBreakouts())));
        }
        String name = TickParameters.symbol("symbol", symbol);
        int chosenLimit = TickParameters.limit(limit, settings.symbolBreakouts(), settings.maxBreakouts());
        find(name);
        return new BreakoutList(ticks.latestBreakouts(name, chosenLimit));
    }

    @GetMapping("/symbols")
    @Operation(
            summary = "Symbols with tick windows, searched by name",
            description = "Case-insensitive: symbols starting with 'q' first, then those containing it, each group by"
                    + " name; with the last close, both EMAs, the number of windows and the latest breakout.")
    SymbolSearch symbols(
            @RequestParam(required = false)
                    @Parameter(description = "Part of a symbol, up to 40 letters, digits or . _ : -; default all.")
                    String q,
            @RequestParam(required = false) @Parameter(description = "How many, 1 to 100 (default 20).")
                    Integer limit) {
        String text = TickParameters.search(q);
        int chosenLimit = TickParameters.limit(limit, settings.symbolsShown(), settings.maxSymbols());
        return new SymbolSearch(text, ticks.search(text, chosenLimit));
    }

    private TickSymbol find(String symbol) {
        return ticks.symbol(symbol)
                .orElseThrow(() -> new NotFoundException("No tick windows of '" + symbol + "' are stored"));
    }
}
