package com.maritimealphaflow.dashboard.traffic;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A vessel's latest position in the map's window, with its static data where known. Fields AIS left unavailable are
 * absent from the JSON.
 *
 * @param category the vessel category key from its ship type ({@code unknown} without static data)
 * @param speed knots over ground
 * @param course degrees from true north over ground
 * @param heading degrees from true north
 * @param navStatus the AIS navigational status code
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VesselPosition(
        int mmsi,
        String name,
        String callSign,
        Integer shipType,
        String category,
        double latitude,
        double longitude,
        Float speed,
        Float course,
        Integer heading,
        Integer navStatus,
        String destination,
        Instant reportTime) {}
