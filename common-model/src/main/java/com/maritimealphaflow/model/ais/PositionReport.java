package com.maritimealphaflow.model.ais;

import java.time.Instant;

/**
 * A position report (AIS message types 1, 2, 3, 18 and 19). Fields that AIS marks "not available"
 * (speed 102.3, course 360, heading 511) are null.
 *
 * @param speedOverGround knots
 * @param courseOverGround degrees from true north
 * @param heading degrees from true north
 * @param navigationalStatus the AIS navigational status code (0 under way using engine … 15 not defined)
 * @param messageType the AIS message type it was decoded from
 */
public record PositionReport(
        int mmsi,
        Instant time,
        double latitude,
        double longitude,
        Double speedOverGround,
        Double courseOverGround,
        Integer heading,
        Integer navigationalStatus,
        int messageType)
        implements AisReport {}
