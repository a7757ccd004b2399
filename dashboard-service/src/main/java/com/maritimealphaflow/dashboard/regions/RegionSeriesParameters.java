package com.maritimealphaflow.dashboard.regions;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;

/** The query parameters of a region's series (JSON and CSV alike), as sent; {@link RegionSeriesRequest} checks them. */
record RegionSeriesParameters(
        @Parameter(
                        description = "present (default: vessels in the region), transits (ended, both directions or"
                                + " one), port-calls (started) or waiting (vessels at anchor).")
                String metric,
        @Parameter(
                        description = "5m (the aggregation windows), 1h (default) or 1d (UTC hours and days: vessels"
                                + " present and waiting as the average per window, transits and port calls as sums).")
                String interval,
        @Parameter(
                        description = "total (default) or one vessel category: cargo, tanker, passenger, fishing, tug,"
                                + " high_speed_craft, pleasure, military, other, unknown.")
                String category,
        @Parameter(description = "Transits only: ab (gate a, then b) or ba; default both.") String direction,
        @Parameter(
                        description = "Start of the range, ISO-8601; default 30 days before 'to'. A range may give at"
                                + " most 20,000 points.")
                Instant from,
        @Parameter(description = "End of the range (exclusive), ISO-8601; default now.") Instant to,
        @Parameter(description = "true: add each point's trailing 30-day average (over the derived steps).")
                Boolean average) {}
