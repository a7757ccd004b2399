package com.maritimealphaflow.aggregation.shipcounts;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/aggregations/rebuild?from=…&to=…} (admin token): re-aggregates a range of report time, for when
 * old AIS files were replayed. Answers when done, with what it did.
 */
@RestController
@RequestMapping("/api/aggregations")
class RebuildController {

    private final ShipCountRebuild rebuild;
    private final Duration maxRange;

    RebuildController(ShipCountRebuild rebuild, AggregationProperties properties) {
        this.rebuild = rebuild;
        this.maxRange = properties.rebuild().maxRange();
    }

    @PostMapping("/rebuild")
    RebuildResult rebuild(@RequestParam Instant from, @RequestParam Instant to) {
        if (!from.isBefore(to)) {
            throw new BadRequestException("to", "'to' (" + to + ") must be after 'from' (" + from + ")");
        }
        if (Duration.between(from, to).compareTo(maxRange) > 0) {
            throw new BadRequestException(
                    "to",
                    "the range from 'from' to 'to' may span at most " + describe(maxRange)
                            + "; rebuild a long history in several requests");
        }
        return rebuild.rebuild(from, to);
    }

    private static String describe(Duration range) {
        return range.toHours() % 24 == 0 ? range.toDays() + " days" : range.toString();
    }
}
