package com.maritimealphaflow.aggregation.regions.events;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Instant;

/**
 * One position report as the detector takes it.
 *
 * @param speedKnots speed over ground; null when not reported
 * @param draught metres, as known at {@code time}; null when not reported
 * @param category the vessel's category as known at {@code time} (the caller reads it from the type history)
 */
public record VesselPosition(
        long mmsi, Instant time, double lat, double lon, Double speedKnots, Double draught, VesselCategory category) {

    public VesselPosition {
        if (time == null || category == null) {
            throw new IllegalArgumentException("a position needs its time and category");
        }
    }
}
