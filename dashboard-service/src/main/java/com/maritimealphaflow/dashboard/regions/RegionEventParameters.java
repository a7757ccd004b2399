package com.maritimealphaflow.dashboard.regions;

import io.swagger.v3.oas.annotations.Parameter;

/** The query parameters of a region's events (JSON and CSV alike), as sent. */
record RegionEventParameters(
        @Parameter(description = "How many, default 50, at most 1,000.") Integer limit,
        @Parameter(description = "transit, port-call or waiting; default every kind.") String kind) {}
