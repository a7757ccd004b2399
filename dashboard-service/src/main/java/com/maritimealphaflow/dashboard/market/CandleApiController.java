package com.maritimealphaflow.dashboard.market;

import com.maritimealphaflow.dashboard.CsvResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Candles of any stored instrument at any interval, as JSON or CSV. */
@RestController
@RequestMapping("/api/market")
@Tag(name = "Market")
class CandleApiController {

    private enum Format {
        JSON,
        CSV
    }

    private final MarketCandles candles;

    CandleApiController(MarketCandles candles) {
        this.candles = candles;
    }

    @GetMapping("/candles")
    @Operation(
            summary = "Candles (time, open, high, low, close, volume) of a stored instrument at an interval",
            description = "Bars starting in [from, to), oldest first. With basis 'auto' the bars stored at the"
                    + " interval (fetched natively, or rollups kept by the aggregation service) are given where any"
                    + " are stored, otherwise the interval is rolled up from the 1-minute bars for this request by the"
                    + " same rules ('minutes' asks for that always). A rollup's 'minutes' says how many 1-minute bars"
                    + " it holds. 'gaps' lists the bars the market's calendar expects that are missing. A range of"
                    + " more bars than the configured maximum is a 400.")
    @ApiResponse(
            responseCode = "200",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = Candles.class)),
                @Content(mediaType = "text/csv")
            })
    @ApiResponse(responseCode = "400", description = "A parameter is invalid; the response names it")
    @ApiResponse(responseCode = "404", description = "No bars of the instrument (at the interval or in minutes)")
    ResponseEntity<?> candles(
            @RequestParam(required = false) @Parameter(description = "e.g. BTCUSDT or AAPL", required = true)
                    String symbol,
            @RequestParam(required = false)
                    @Parameter(
                            description = "1m, 5m, 15m, 30m, 1h, 4h or 1d",
                            required = true,
                            schema = @Schema(allowableValues = {"1m", "5m", "15m", "30m", "1h", "4h", "1d"}))
                    String interval,
            @RequestParam(required = false)
                    @Parameter(description = "Start (inclusive), ISO-8601; default 500 bars before 'to'.")
                    Instant from,
            @RequestParam(required = false)
                    @Parameter(description = "End (exclusive), ISO-8601; default just after the last bar.")
                    Instant to,
            @RequestParam(required = false)
                    @Parameter(
                            description = "binance, polygon, alpaca or csv; needed when the symbol is stored from"
                                    + " more than one")
                    String source,
            @RequestParam(required = false)
                    @Parameter(description = "Split/dividend-adjusted bars; default adjusted where both are stored.")
                    Boolean adjusted,
            @RequestParam(required = false)
                    @Parameter(
                            description = "auto (default), stored or minutes",
                            schema = @Schema(allowableValues = {"auto", "stored", "minutes"}))
                    String basis,
            @RequestParam(required = false)
                    @Parameter(
                            description = "json (default) or csv",
                            schema = @Schema(allowableValues = {"json", "csv"}))
                    String format) {
        String name = MarketParameters.symbol(symbol);
        var chosenInterval = MarketParameters.interval(interval);
        String chosenSource = MarketParameters.source(source);
        CandleBasis chosenBasis = MarketParameters.choice("basis", basis, CandleBasis.AUTO);
        Format chosenFormat = MarketParameters.choice("format", format, Format.JSON);
        Candles result = candles.candles(name, chosenInterval, from, to, chosenSource, adjusted, chosenBasis);
        if (chosenFormat == Format.CSV) {
            return CsvResponses.attachment(
                    name + "-" + result.source() + "-" + result.interval() + ".csv", csv(result));
        }
        return ResponseEntity.ok(result);
    }

    static String csv(Candles result) {
        StringBuilder out = new StringBuilder("time,open,high,low,close,volume,trades,vwap,minutes,origin\n");
        for (Candle c : result.candles()) {
            out.append(c.time())
                    .append(',')
                    .append(plain(c.open()))
                    .append(',')
                    .append(plain(c.high()))
                    .append(',')
                    .append(plain(c.low()))
                    .append(',')
                    .append(plain(c.close()))
                    .append(',')
                    .append(plain(c.volume()))
                    .append(',')
                    .append(c.trades() == null ? "" : c.trades())
                    .append(',')
                    .append(plain(c.vwap()))
                    .append(',')
                    .append(c.minutes() == null ? "" : c.minutes())
                    .append(',')
                    .append(c.origin())
                    .append('\n');
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
