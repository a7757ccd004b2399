package com.maritimealphaflow.ingestion.ais.simulator;

import java.util.List;

/**
 * A route ships follow: a polyline of waypoints between two ends, with the destinations that vessels heading for
 * each end give. Distances use a flat-earth approximation per segment, good to well under a percent for the short
 * segments the lanes are made of, and cheap enough to evaluate for every simulated report.
 */
final class ShippingLane {

    static final double METRES_PER_DEGREE = 6_371_000 * Math.PI / 180;

    record Waypoint(double latitude, double longitude) {}

    /**
     * One end of a lane.
     *
     * @param port the port's name when vessels berth at this end, null for open sea
     * @param destinations what vessels heading for this end put in their AIS destination
     */
    record LaneEnd(String port, List<String> destinations) {
        LaneEnd {
            destinations = List.copyOf(destinations);
        }

        boolean hasBerths() {
            return port != null;
        }
    }

    /** A point on the centre line and the bearing of its segment in the lane's forward direction. */
    record LanePoint(double latitude, double longitude, double bearing) {}

    private final String name;
    private final double halfWidthMetres;
    private final double maxSpeedKnots;
    private final LaneEnd start;
    private final LaneEnd end;
    private final List<Waypoint> waypoints;
    /** cumulative[i] is the distance from the start to waypoint i. */
    private final double[] cumulative;

    private final double[] bearings;

    /**
     * @param halfWidthMetres how far either side of the centre line traffic keeps (a canal is narrow, a strait wide)
     * @param maxSpeedKnots the speed limit of the lane (canals and ship channels are slow)
     */
    ShippingLane(
            String name,
            double halfWidthMetres,
            double maxSpeedKnots,
            LaneEnd start,
            LaneEnd end,
            List<Waypoint> waypoints) {
        if (waypoints.size() < 2) {
            throw new IllegalArgumentException("lane " + name + " needs at least two waypoints");
        }
        this.name = name;
        this.halfWidthMetres = halfWidthMetres;
        this.maxSpeedKnots = maxSpeedKnots;
        this.start = start;
        this.end = end;
        this.waypoints = List.copyOf(waypoints);
        this.cumulative = new double[waypoints.size()];
        this.bearings = new double[waypoints.size() - 1];
        for (int i = 1; i < waypoints.size(); i++) {
            cumulative[i] = cumulative[i - 1] + distance(waypoints.get(i - 1), waypoints.get(i));
            bearings[i - 1] = bearing(waypoints.get(i - 1), waypoints.get(i));
        }
    }

    String name() {
        return name;
    }

    double halfWidthMetres() {
        return halfWidthMetres;
    }

    double maxSpeedKnots() {
        return maxSpeedKnots;
    }

    LaneEnd start() {
        return start;
    }

    LaneEnd end() {
        return end;
    }

    List<Waypoint> waypoints() {
        return waypoints;
    }

    /** Length of the centre line in metres. */
    double length() {
        return cumulative[cumulative.length - 1];
    }

    /** The point {@code along} metres from the start, clamped to the lane. */
    LanePoint at(double along) {
        int segment = 0;
        while (segment < bearings.length - 1 && along > cumulative[segment + 1]) {
            segment++;
        }
        Waypoint from = waypoints.get(segment);
        Waypoint to = waypoints.get(segment + 1);
        double segmentLength = cumulative[segment + 1] - cumulative[segment];
        double f = segmentLength == 0 ? 0 : (along - cumulative[segment]) / segmentLength;
        f = Math.max(0, Math.min(1, f));
        return new LanePoint(
                from.latitude() + f * (to.latitude() - from.latitude()),
                from.longitude() + f * (to.longitude() - from.longitude()),
                bearings[segment]);
    }

    static double distance(Waypoint a, Waypoint b) {
        double dy = (b.latitude() - a.latitude()) * METRES_PER_DEGREE;
        double dx = (b.longitude() - a.longitude())
                * METRES_PER_DEGREE
                * Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2));
        return Math.hypot(dx, dy);
    }

    /** Degrees clockwise from true north, in [0, 360). */
    static double bearing(Waypoint from, Waypoint to) {
        double dy = to.latitude() - from.latitude();
        double dx =
                (to.longitude() - from.longitude()) * Math.cos(Math.toRadians((from.latitude() + to.latitude()) / 2));
        double degrees = Math.toDegrees(Math.atan2(dx, dy));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    /** The point {@code metres} away from ({@code latitude}, {@code longitude}) towards {@code bearing}. */
    static Waypoint offset(double latitude, double longitude, double bearing, double metres) {
        double radians = Math.toRadians(bearing);
        double dLat = metres * Math.cos(radians) / METRES_PER_DEGREE;
        double dLon = metres * Math.sin(radians) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return new Waypoint(latitude + dLat, longitude + dLon);
    }

    @Override
    public String toString() {
        return name;
    }
}
