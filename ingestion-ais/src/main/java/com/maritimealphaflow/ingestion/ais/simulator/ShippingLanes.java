package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.ingestion.ais.simulator.ShippingLane.LaneEnd;
import com.maritimealphaflow.ingestion.ais.simulator.ShippingLane.Waypoint;
import java.util.List;

/**
 * The real-world lanes the simulated fleet sails: busy straits, canals and port approaches. Waypoints follow the
 * traffic routes roughly (to a kilometre or so), enough for maps and counts to look like the real thing.
 */
final class ShippingLanes {

    /** A lane and its relative share of the simulated fleet. */
    record Route(ShippingLane lane, double traffic) {}

    static final List<Route> WORLD = List.of(
            new Route(
                    new ShippingLane(
                            "English Channel",
                            3000,
                            40,
                            sea("NLRTM", "DEHAM", "BEANR", "ROTTERDAM", "HAMBURG"),
                            sea("USNYC", "BRSSZ", "ESALG", "NEW YORK", "PTSIN"),
                            points(
                                    51.03, 1.50, 50.75, 0.90, 50.45, 0.00, 50.20, -1.00, 49.90, -2.40, 49.55, -4.00,
                                    48.75, -5.60)),
                    3),
            new Route(
                    new ShippingLane(
                            "Strait of Malacca",
                            2000,
                            40,
                            sea("LKCMB", "INMAA", "AEJEA", "SAJED", "COLOMBO"),
                            port("SGSIN", "SINGAPORE"),
                            points(
                                    5.95, 97.80, 4.60, 99.20, 3.40, 100.45, 2.60, 101.30, 2.00, 102.15, 1.45, 103.10,
                                    1.20, 103.55, 1.20, 103.70, 1.225, 103.84, 1.262, 103.838)),
                    3),
            new Route(
                    new ShippingLane(
                            "Singapore Strait",
                            800,
                            30,
                            port("SGSIN", "SINGAPORE"),
                            sea("CNSHA", "HKHKG", "KRPUS", "CNNGB", "JPTYO"),
                            points(
                                    1.262, 103.838, 1.225, 103.840, 1.200, 103.900, 1.240, 104.050, 1.300, 104.300,
                                    1.420, 104.550)),
                    3),
            new Route(
                    new ShippingLane(
                            "Approaches to Rotterdam",
                            400,
                            20,
                            port("NLRTM", "ROTTERDAM"),
                            sea("GBFXT", "FRLEH", "USNYC", "ESALG"),
                            points(
                                    51.962, 4.055, 51.990, 3.980, 52.010, 3.700, 52.030, 3.300, 51.900, 2.800, 51.500,
                                    2.200, 51.350, 1.900, 51.100, 1.650)),
                    2),
            new Route(
                    new ShippingLane(
                            "Houston Ship Channel",
                            60,
                            10,
                            port("USHOU", "HOUSTON"),
                            sea("MXVER", "USMSY", "BRSSZ", "NLRTM"),
                            points(
                                    29.680, -94.985, 29.600, -94.960, 29.500, -94.900, 29.400, -94.820, 29.345, -94.740,
                                    29.300, -94.660, 29.120, -94.420)),
                    1.5),
            new Route(
                    new ShippingLane(
                            "Suez Canal",
                            80,
                            8,
                            port("EGPSD", "GRPIR", "ITGOA", "NLRTM"),
                            sea("EGSUZ", "SAJED", "AEJEA", "SGSIN"),
                            points(
                                    31.260, 32.310, 30.950, 32.310, 30.700, 32.320, 30.560, 32.300, 30.420, 32.350,
                                    30.300, 32.420, 30.150, 32.550, 29.950, 32.570, 29.800, 32.560)),
                    1.5),
            new Route(
                    new ShippingLane(
                            "Panama Canal",
                            100,
                            7,
                            port("PACTB", "USNYC", "USSAV"),
                            sea("PABLB", "CLSAI", "PECLL", "USLAX"),
                            points(
                                    9.350, -79.910, 9.270, -79.920, 9.200, -79.870, 9.120, -79.760, 9.080, -79.680,
                                    9.020, -79.610, 9.000, -79.590, 8.950, -79.560, 8.880, -79.520, 8.800, -79.500)),
                    1),
            new Route(
                    new ShippingLane(
                            "Strait of Gibraltar",
                            1500,
                            40,
                            sea("USNYC", "BRSSZ", "GBSOU"),
                            sea("ESVLC", "ITGOA", "EGPSD", "GRPIR"),
                            points(35.95, -6.30, 35.95, -5.75, 35.98, -5.45, 36.10, -5.00, 36.35, -4.40)),
                    2));

    private ShippingLanes() {}

    /** An end where vessels berth at {@code port}; the port is also the first destination. */
    private static LaneEnd port(String port, String... otherDestinations) {
        String[] destinations = new String[otherDestinations.length + 1];
        destinations[0] = port;
        System.arraycopy(otherDestinations, 0, destinations, 1, otherDestinations.length);
        return new LaneEnd(port, List.of(destinations));
    }

    private static LaneEnd sea(String... destinations) {
        return new LaneEnd(null, List.of(destinations));
    }

    private static List<Waypoint> points(double... latLon) {
        Waypoint[] waypoints = new Waypoint[latLon.length / 2];
        for (int i = 0; i < waypoints.length; i++) {
            waypoints[i] = new Waypoint(latLon[2 * i], latLon[2 * i + 1]);
        }
        return List.of(waypoints);
    }
}
