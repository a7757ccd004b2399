package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/regions/rebuild?from=…&to=…[&region=…]} (admin token): derives the regions' events and series of
 * a range of report time again from the stored positions, for all regions or those named. Answers when done.
 */
@RestController
@RequestMapping("/api/regions")
class RegionRebuildController {

    private static final int MAX_REGIONS = 1_000;

    private final RegionRebuild rebuild;
    private final JdbcTemplate jdbc;
    private final Duration maxRange;

    RegionRebuildController(RegionRebuild rebuild, JdbcTemplate jdbc, AggregationProperties properties) {
        this.rebuild = rebuild;
        this.jdbc = jdbc;
        this.maxRange = properties.rebuild().maxRange();
    }

    @PostMapping("/rebuild")
    RegionRebuild.Result rebuild(
            @RequestParam Instant from,
            @RequestParam Instant to,
            @RequestParam(name = "region", required = false) List<Long> regions) {
        if (!from.isBefore(to)) {
            throw new BadRequestException("to", "'to' (" + to + ") must be after 'from' (" + from + ")");
        }
        if (Duration.between(from, to).compareTo(maxRange) > 0) {
            throw new BadRequestException(
                    "to",
                    "the range from 'from' to 'to' may span at most " + maxRange.toDays()
                            + " days; rebuild a long history in several requests");
        }
        Set<Long> ids = new TreeSet<>(regions == null ? List.of() : regions);
        if (ids.size() > MAX_REGIONS) {
            throw new BadRequestException("region", "at most " + MAX_REGIONS + " regions per request");
        }
        for (long id : ids) {
            Integer found = jdbc.queryForObject("SELECT count(*) FROM region WHERE id = ?", Integer.class, id);
            if (found == null || found == 0) {
                throw new BadRequestException("region", "no region with id " + id);
            }
        }
        return rebuild.rebuild(from, to, ids);
    }
}
