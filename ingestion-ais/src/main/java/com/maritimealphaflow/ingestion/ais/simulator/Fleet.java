package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.ingestion.ais.simulator.ShippingLane.Waypoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Launches a simulated fleet: who each vessel is ({@link SimulatedVessel}) and where it sails ({@link VesselTrack}).
 * The mix follows real traffic loosely: cargo ships and tankers lead, about one vessel in ten sends no static data,
 * about one in eight lies at a berth. Everything is drawn from the given random source, so a seed gives one fleet.
 */
final class Fleet {

    /** One vessel of the fleet, as it sets out. */
    record Member(SimulatedVessel vessel, VesselTrack track, Profile profile) {}

    static final double SILENT_SHARE = 0.10;
    private static final double MOORED_SHARE = 0.12;

    /** How vessels of a kind look and behave. */
    enum Profile {
        CARGO(30, new int[] {70, 70, 70, 71, 72, 74, 79}, 12, 19, 120, 400, 7.5, 7, 14.5),
        TANKER(20, new int[] {80, 80, 80, 81, 82, 83, 84, 89}, 10, 15, 100, 330, 5.8, 6, 20.5),
        PASSENGER(8, new int[] {60, 60, 61, 69}, 14, 22, 60, 300, 7, 5, 9),
        FISHING(8, new int[] {30}, 3, 8, 12, 60, 4, 3, 6),
        TUG(7, new int[] {31, 32, 52, 52}, 6, 11, 20, 40, 3, 3, 5),
        HIGH_SPEED_CRAFT(4, new int[] {40, 40, 49}, 25, 36, 30, 100, 4, 1.5, 3),
        PLEASURE(10, new int[] {36, 37, 37}, 4, 9, 6, 25, 3.2, 1, 3),
        MILITARY(3, new int[] {35, 55}, 12, 22, 40, 180, 8, 3, 7),
        OTHER(10, new int[] {50, 51, 33, 34, 53, 58, 90}, 6, 12, 15, 90, 4.5, 2, 6),
        /** Sends positions only: counted as unknown. */
        SILENT(0, new int[0], 8, 16, 20, 200, 6, 3, 10);

        final double weight;
        final int[] shipTypes;
        final double minKnots, maxKnots;
        final int minLength, maxLength;
        final double lengthToBeam;
        final double minDraught, maxDraught;

        Profile(
                double weight,
                int[] shipTypes,
                double minKnots,
                double maxKnots,
                int minLength,
                int maxLength,
                double lengthToBeam,
                double minDraught,
                double maxDraught) {
            this.weight = weight;
            this.shipTypes = shipTypes;
            this.minKnots = minKnots;
            this.maxKnots = maxKnots;
            this.minLength = minLength;
            this.maxLength = maxLength;
            this.lengthToBeam = lengthToBeam;
            this.minDraught = minDraught;
            this.maxDraught = maxDraught;
        }
    }

    private final SplittableRandom random;
    private final Set<Integer> mmsis = new HashSet<>();

    private Fleet(SplittableRandom random) {
        this.random = random;
    }

    static List<Member> launch(int vessels, SplittableRandom random) {
        Fleet fleet = new Fleet(random);
        List<Member> members = new ArrayList<>(vessels);
        for (int i = 0; i < vessels; i++) {
            members.add(fleet.member());
        }
        return members;
    }

    private Member member() {
        Profile profile = random.nextDouble() < SILENT_SHARE ? Profile.SILENT : profile();
        boolean classB = profile == Profile.PLEASURE
                || (profile == Profile.FISHING && random.nextBoolean())
                || (profile == Profile.SILENT && random.nextDouble() < 0.3);
        Flags.Flag flag = Flags.pick(random);
        int mmsi = mmsi(flag);
        boolean sendsStatic = profile != Profile.SILENT;
        int length = random.nextInt(profile.minLength, profile.maxLength + 1);
        int beam = (int) Math.max(2, Math.min(126, Math.round(length / profile.lengthToBeam)));
        int toBow = Math.min(511, (int) Math.round(length * random.nextDouble(0.75, 0.9)));
        int toPort = Math.min(63, (int) Math.round(beam * random.nextDouble(0.4, 0.6)));
        SimulatedVessel vessel = new SimulatedVessel(
                mmsi,
                sendsStatic ? Names.of(profile, random) : null,
                Flags.callSign(flag, classB, random),
                imo(profile, classB),
                sendsStatic ? profile.shipTypes[random.nextInt(profile.shipTypes.length)] : null,
                classB,
                toBow,
                Math.min(511, length - toBow),
                toPort,
                Math.min(63, beam - toPort),
                classB ? null : Math.round(random.nextDouble(profile.minDraught, profile.maxDraught) * 10) / 10.0,
                !classB || random.nextDouble() < 0.4);
        return new Member(vessel, track(profile), profile);
    }

    private Profile profile() {
        double total = 0;
        for (Profile p : Profile.values()) total += p.weight;
        double pick = random.nextDouble(total);
        for (Profile p : Profile.values()) {
            pick -= p.weight;
            if (pick < 0) return p;
        }
        return Profile.CARGO;
    }

    private VesselTrack track(Profile profile) {
        if (random.nextDouble() < MOORED_SHARE) {
            return moored();
        }
        ShippingLane lane = lane();
        double knots = random.nextDouble(profile.minKnots, profile.maxKnots);
        if (knots > lane.maxSpeedKnots()) {
            knots = lane.maxSpeedKnots() * random.nextDouble(0.75, 1.0);
        }
        return VesselTrack.underWay(
                lane,
                Math.round(knots * 10) / 10.0,
                lane.halfWidthMetres() * random.nextDouble(0.2, 1.0),
                random.nextInt(16),
                random.nextDouble(lane.length()),
                random.nextBoolean());
    }

    /** A berth a few hundred metres from a lane's end in port, alongside at a random heading. */
    private VesselTrack moored() {
        record PortEnd(ShippingLane lane, String port, Waypoint end) {}
        List<PortEnd> ports = new ArrayList<>();
        for (ShippingLanes.Route route : ShippingLanes.WORLD) {
            ShippingLane lane = route.lane();
            List<Waypoint> points = lane.waypoints();
            if (lane.start().hasBerths()) {
                ports.add(new PortEnd(lane, lane.start().port(), points.get(0)));
            }
            if (lane.end().hasBerths()) {
                ports.add(new PortEnd(lane, lane.end().port(), points.get(points.size() - 1)));
            }
        }
        PortEnd port = ports.get(random.nextInt(ports.size()));
        Waypoint berth = ShippingLane.offset(
                port.end().latitude(), port.end().longitude(), random.nextDouble(360), random.nextDouble(50, 400));
        return VesselTrack.moored(port.lane(), port.port(), berth, random.nextInt(360));
    }

    private ShippingLane lane() {
        double total = 0;
        for (ShippingLanes.Route route : ShippingLanes.WORLD) total += route.traffic();
        double pick = random.nextDouble(total);
        for (ShippingLanes.Route route : ShippingLanes.WORLD) {
            pick -= route.traffic();
            if (pick < 0) return route.lane();
        }
        return ShippingLanes.WORLD.get(0).lane();
    }

    /** Nine digits: the flag's MID and six more, unique within the fleet. */
    private int mmsi(Flags.Flag flag) {
        while (true) {
            int mid = flag.mids()[random.nextInt(flag.mids().length)];
            int mmsi = mid * 1_000_000 + random.nextInt(1_000_000);
            if (mmsis.add(mmsi)) {
                return mmsi;
            }
        }
    }

    /** Seven digits whose last is the check digit of the first six, weighted 7 down to 2, as IMO numbers are. */
    private Integer imo(Profile profile, boolean classB) {
        boolean hasImo = !classB
                && profile != Profile.MILITARY
                && profile != Profile.SILENT
                && (profile != Profile.FISHING || random.nextBoolean());
        if (!hasImo) {
            return null;
        }
        int serial = random.nextInt(800_000, 1_000_000); // six digits starting 8 or 9, like ships built since 1980
        int sum = 0;
        int rest = serial;
        for (int weight = 2; weight <= 7; weight++) {
            sum += (rest % 10) * weight;
            rest /= 10;
        }
        return serial * 10 + sum % 10;
    }
}
