package com.maritimealphaflow.aggregation.marketrollups;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/market/rollups/rebuild?source=&symbol=&from=&to=[&adjusted=]}: queues a recomputation of the
 * rollups of the source's series (one symbol, or every symbol with minutes in the range) over [from, to). The work is
 * done by the same path as newly written minutes; the answer (202) says how many series were queued.
 */
@RestController
class RollupRebuildController {

    private final MarketRollups rollups;
    private final Duration maxRange;

    RollupRebuildController(MarketRollups rollups, AggregationProperties properties) {
        this.rollups = rollups;
        this.maxRange = properties.rollups().maxRebuildRange();
    }

    @PostMapping("/api/market/rollups/rebuild")
    ResponseEntity<Map<String, Object>> rebuild(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String symbol,
            @RequestParam(required = false) Boolean adjusted,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        if (source == null || MarketSource.parse(source).isEmpty()) {
            throw new BadRequestException(
                    "source",
                    "'source' must be one of "
                            + Arrays.toString(Arrays.stream(MarketSource.values())
                                    .map(MarketSource::key)
                                    .toArray()));
        }
        if (symbol != null && (symbol.isBlank() || symbol.length() > 40 || !symbol.matches("[A-Za-z0-9._:/-]+"))) {
            throw new BadRequestException("symbol", "'symbol' must be 1 to 40 letters, digits or . _ : / -");
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (!end.isAfter(start)) {
            throw new BadRequestException("to", "'to' must be after 'from'");
        }
        if (Duration.between(start, end).compareTo(maxRange) > 0) {
            throw new BadRequestException("to", "a rebuild covers at most " + maxRange.toDays() + " days");
        }
        int series = rollups.requestRebuild(source, symbol, adjusted, start, end);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seriesQueued", series);
        body.put("from", start.toString());
        body.put("to", end.toString());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(name, "'" + name + "' is required: an ISO-8601 instant");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    name, "'" + name + "' must be an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
        }
    }
}
