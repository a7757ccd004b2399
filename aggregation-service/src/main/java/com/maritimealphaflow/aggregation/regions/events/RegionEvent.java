package com.maritimealphaflow.aggregation.regions.events;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Instant;

/**
 * A transit, port call or waiting spell of one vessel in one region. An event is identified by
 * {@code (type, mmsi, regionId, start)}: a port call or waiting spell is emitted open ({@code end} null) as soon as
 * it qualifies and again, closed, when it ends, so a caller stores it with an upsert on that key.
 *
 * <ul>
 *   <li>transit: {@code start} and {@code end} are when the track crossed the first and the second gate (interpolated
 *       along the segment that crossed); {@code direction} is set.
 *   <li>port call: {@code start} is the first position inside the port's polygon, {@code end} the last position
 *       inside its exit area before the vessel was seen outside it.
 *   <li>waiting: {@code start} is the first slow position in the anchorage, {@code end} the position at which the
 *       vessel moved again or was seen outside the anchorage's exit area.
 * </ul>
 *
 * @param category the category at the event's start
 * @param draught the draught at the start, or if none was reported then, one reported later in the event (for a
 *     transit, at its end); null if none was
 */
public record RegionEvent(
        RegionEventType type,
        long mmsi,
        long regionId,
        Instant start,
        Instant end,
        TransitDirection direction,
        VesselCategory category,
        Double draught) {

    public boolean open() {
        return end == null;
    }

    RegionEvent closedAt(Instant at) {
        return new RegionEvent(type, mmsi, regionId, start, at, direction, category, draught);
    }
}
