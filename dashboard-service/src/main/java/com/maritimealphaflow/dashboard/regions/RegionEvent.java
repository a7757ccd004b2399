package com.maritimealphaflow.dashboard.regions;

import java.time.Instant;

/**
 * One transit, port call or wait of a vessel in a region.
 *
 * @param vesselName from {@code ship_static}, null when the vessel never sent static data
 * @param endedAt null while the event is open
 * @param direction transits only: {@code ab} or {@code ba}
 * @param directionName what the region calls the direction, e.g. "southbound", when it names it
 * @param draught metres, as reported nearest to the event, when reported
 */
record RegionEvent(
        long id,
        int mmsi,
        String vesselName,
        String kind,
        Instant startedAt,
        Instant endedAt,
        String direction,
        String directionName,
        String category,
        Float draught) {}
