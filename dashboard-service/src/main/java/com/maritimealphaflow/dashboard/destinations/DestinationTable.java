package com.maritimealphaflow.dashboard.destinations;

import java.time.Instant;
import java.util.List;

/**
 * Distinct vessels per reported destination, for the vessels whose latest static report arrived since a date.
 *
 * @param since the start of that day, UTC
 * @param categories the categories counted
 * @param destinations how many destinations match (before the row limit)
 * @param vessels how many vessels report one of them
 * @param withoutDestination vessels of those categories that report no destination
 * @param rows the destinations, sorted as asked, at most the row limit
 */
public record DestinationTable(
        Instant since,
        List<String> categories,
        String sort,
        String direction,
        int destinations,
        int vessels,
        int withoutDestination,
        List<DestinationCount> rows) {}
