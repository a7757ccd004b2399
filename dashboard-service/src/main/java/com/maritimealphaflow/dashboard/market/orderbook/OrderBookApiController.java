package com.maritimealphaflow.dashboard.market.orderbook;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Order book snapshots (Binance's depth endpoint as stored): the instruments, the latest book, the spread history. */
@RestController
@RequestMapping("/api/market")
@Tag(name = "Market")
class OrderBookApiController {

    private static final String DECIMALS = " Prices, quantities and their sums are JSON numbers with the exact decimal"
            + " digits stored (computed with BigDecimal or SQL numeric), trailing zeros dropped.";

    private final OrderBookQueries books;
    private final DashboardProperties.OrderBooks settings;

    OrderBookApiController(OrderBookQueries books, DashboardProperties properties) {
        this.books = books;
        this.settings = properties.orderBooks();
    }

    @GetMapping("/orderbooks")
    @Operation(
            summary = "Instruments with order book snapshots",
            description = "Each (source, symbol) pair with its number of snapshots and the times of its first and last,"
                    + " by symbol then source; at most a configured number of pairs (\"truncated\": true when more"
                    + " are stored).")
    OrderBookInstruments instruments() {
        int limit = settings.maxInstruments();
        List<OrderBookInstrument> instruments = books.instruments(limit + 1);
        boolean truncated = instruments.size() > limit;
        return new OrderBookInstruments(truncated ? instruments.subList(0, limit) : instruments, truncated);
    }

    @GetMapping("/orderbook")
    @Operation(
            summary = "The latest order book snapshot of an instrument",
            description = "Its top levels per side, best first, each with the cumulative quantity and notional (price"
                    + " × quantity) from the best price to it; the best bid and ask, spread, mid and spread in basis"
                    + " points of the mid. Spread, mid and basis points are null when a side is empty or the book is"
                    + " crossed (\"crossed\": true)." + DECIMALS)
    @ApiResponse(responseCode = "404", description = "No snapshot of the symbol (from the source) is stored")
    OrderBookSnapshot latest(
            @RequestParam(required = false)
                    @Parameter(
                            description = "e.g. binance; may be left out when the symbol has snapshots from one"
                                    + " source only.")
                    String source,
            @RequestParam(required = false) @Parameter(description = "e.g. BTCUSDT", required = true) String symbol,
            @RequestParam(required = false)
                    @Parameter(description = "The most levels per side, 1 to 5,000 (default 100).")
                    Integer levels) {
        String name = OrderBookParameters.symbol(symbol);
        String chosenSource = OrderBookParameters.source(source);
        int chosenLevels = OrderBookParameters.count("levels", levels, settings.defaultLevels(), settings.maxLevels());
        String resolved = chosenSource != null ? chosenSource : onlySource(name);
        SnapshotKey snapshot = books.latest(resolved, name).orElseThrow(() -> notFound(resolved, name));
        return OrderBookSnapshot.of(
                snapshot,
                chosenLevels,
                books.levels(snapshot, OrderBookQueries.Side.BIDS, chosenLevels),
                books.levels(snapshot, OrderBookQueries.Side.ASKS, chosenLevels));
    }

    @GetMapping("/orderbook/history")
    @Operation(
            summary = "Best bid and ask, spread and mid over an instrument's last snapshots",
            description =
                    "The last 'limit' snapshots, oldest first, each with its best bid and ask, spread, mid, spread"
                            + " in basis points (null when a side is empty or the book is crossed) and the summed quantities of"
                            + " its top 'levels' bids and asks; computed in the database, so the full books are not sent."
                            + DECIMALS)
    @ApiResponse(responseCode = "404", description = "No snapshot of the symbol (from the source) is stored")
    OrderBookHistory history(
            @RequestParam(required = false)
                    @Parameter(
                            description = "e.g. binance; may be left out when the symbol has snapshots from one"
                                    + " source only.")
                    String source,
            @RequestParam(required = false) @Parameter(description = "e.g. BTCUSDT", required = true) String symbol,
            @RequestParam(required = false)
                    @Parameter(description = "How many of the last snapshots, 1 to 10,000 (default 500).")
                    Integer limit,
            @RequestParam(required = false)
                    @Parameter(description = "How many top levels per side the depths sum, 1 to 100 (default 20).")
                    Integer levels) {
        String name = OrderBookParameters.symbol(symbol);
        String chosenSource = OrderBookParameters.source(source);
        int chosenLimit =
                OrderBookParameters.count("limit", limit, settings.defaultSnapshots(), settings.maxSnapshots());
        int chosenLevels =
                OrderBookParameters.count("levels", levels, settings.depthLevels(), settings.maxDepthLevels());
        String resolved = chosenSource != null ? chosenSource : onlySource(name);
        List<HistoryPoint> snapshots = books.history(resolved, name, chosenLimit, chosenLevels);
        if (snapshots.isEmpty()) {
            throw notFound(resolved, name);
        }
        return new OrderBookHistory(resolved, name, chosenLevels, chosenLimit, snapshots);
    }

    /** The symbol's source when it has one; with several the caller must choose. */
    private String onlySource(String symbol) {
        List<String> sources = books.sources(symbol);
        if (sources.isEmpty()) {
            throw new NotFoundException("No order book snapshots of '" + symbol + "' are stored");
        }
        if (sources.size() > 1) {
            throw new BadRequestException(
                    "source",
                    "'" + symbol + "' has order book snapshots from " + String.join(", ", sources)
                            + ": choose one with 'source'");
        }
        return sources.get(0);
    }

    private static NotFoundException notFound(String source, String symbol) {
        return new NotFoundException("No order book snapshots of '" + symbol + "' from '" + source + "' are stored");
    }
}
