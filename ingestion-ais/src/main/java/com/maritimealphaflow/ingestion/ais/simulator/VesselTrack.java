package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.ingestion.ais.simulator.ShippingLane.LanePoint;
import com.maritimealphaflow.ingestion.ais.simulator.ShippingLane.Waypoint;

/**
 * Where a simulated vessel is: it sails its lane end to end and back at a steady speed, keeping to the starboard
 * side of the centre line, or lies at a berth. Position is a function of time, so the simulation can jump ahead by
 * any amount in constant time.
 */
final class VesselTrack {

    private static final double METRES_PER_SECOND_PER_KNOT = 1852.0 / 3600;

    /** Where the vessel is at the time it was last advanced to, and which way it is heading. */
    record Fix(double latitude, double longitude, double course) {}

    private final ShippingLane lane;
    private final double speedKnots;
    private final double starboardOffsetMetres;
    private final int destinationChoice;
    private final Waypoint berth;
    private final String berthPort;
    private final double berthHeading;
    /**
     * Metres travelled around the round trip: [0, L) outbound from the start, [L, 2L) back. One number keeps
     * the turn at either end free of special cases.
     */
    private double cycle;

    private long atMicros;

    private VesselTrack(
            ShippingLane lane,
            double speedKnots,
            double starboardOffsetMetres,
            int destinationChoice,
            double cycle,
            Waypoint berth,
            String berthPort,
            double berthHeading) {
        this.lane = lane;
        this.speedKnots = speedKnots;
        this.starboardOffsetMetres = starboardOffsetMetres;
        this.destinationChoice = destinationChoice;
        this.cycle = cycle;
        this.berth = berth;
        this.berthPort = berthPort;
        this.berthHeading = berthHeading;
    }

    /**
     * A vessel under way, {@code along} metres from the lane's start, heading for its end when {@code outbound}.
     */
    static VesselTrack underWay(
            ShippingLane lane,
            double speedKnots,
            double starboardOffsetMetres,
            int destinationChoice,
            double along,
            boolean outbound) {
        double cycle = outbound ? along : 2 * lane.length() - along;
        return new VesselTrack(
                lane, speedKnots, starboardOffsetMetres, destinationChoice, cycle % (2 * lane.length()), null, null, 0);
    }

    /** A vessel lying at a berth in {@code port}. */
    static VesselTrack moored(ShippingLane lane, String port, Waypoint berth, double heading) {
        return new VesselTrack(lane, 0, 0, 0, 0, berth, port, heading);
    }

    ShippingLane lane() {
        return lane;
    }

    boolean moored() {
        return berth != null;
    }

    double speedKnots() {
        return speedKnots;
    }

    /** Moves the vessel on to {@code micros} (microseconds of simulated time); never backwards. */
    void advanceTo(long micros) {
        if (micros <= atMicros) {
            return;
        }
        if (!moored()) {
            double metres = speedKnots * METRES_PER_SECOND_PER_KNOT * (micros - atMicros) / 1e6;
            cycle = (cycle + metres) % (2 * lane.length());
        }
        atMicros = micros;
    }

    Fix fix() {
        if (moored()) {
            return new Fix(berth.latitude(), berth.longitude(), berthHeading);
        }
        double length = lane.length();
        boolean outbound = cycle < length;
        LanePoint point = lane.at(outbound ? cycle : 2 * length - cycle);
        double course = outbound ? point.bearing() : (point.bearing() + 180) % 360;
        Waypoint position =
                ShippingLane.offset(point.latitude(), point.longitude(), (course + 90) % 360, starboardOffsetMetres);
        return new Fix(position.latitude(), position.longitude(), course);
    }

    /** What the vessel gives as its destination: the end it is heading for, or its port while berthed. */
    String destination() {
        if (moored()) {
            return berthPort;
        }
        ShippingLane.LaneEnd heading = cycle < lane.length() ? lane.end() : lane.start();
        return heading.destinations()
                .get(destinationChoice % heading.destinations().size());
    }

    /** Seconds until the vessel reaches the end it is heading for; null while berthed. */
    Double secondsToGo() {
        if (moored()) {
            return null;
        }
        double length = lane.length();
        double metresToGo = cycle < length ? length - cycle : 2 * length - cycle;
        return metresToGo / (speedKnots * METRES_PER_SECOND_PER_KNOT);
    }
}
