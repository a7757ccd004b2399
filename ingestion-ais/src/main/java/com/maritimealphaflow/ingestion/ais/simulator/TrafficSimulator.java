package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A deterministic model of AIS traffic: a fleet sailing real-world lanes, each vessel reporting its position and,
 * about every six minutes, its static data, as a receiver would hear them. Time is simulated: {@link #next()}
 * returns the next report in report-time order, and the reports come at {@code messagesPerSecond} of simulated
 * time on average. The same seed and start give the same reports, so tests and benchmarks can repeat a run. Not
 * thread-safe.
 */
final class TrafficSimulator {

    static final Duration STATIC_INTERVAL = Duration.ofMinutes(6);

    /** Class B transponders and vessels at a berth report less often than class A ships under way. */
    private static final double CLASS_B_RATE = 1 / 3.0;

    private static final double MOORED_RATE = 1 / 6.0;
    /** Position intervals vary by this much either way, so that vessels do not report in lockstep. */
    private static final double JITTER = 0.3;
    /** AIS gives positions in 1/10,000 minute. */
    private static final double POSITION_RESOLUTION = 600_000;

    private enum Kind {
        POSITION,
        /** Type 5 from class A, type 24 part A from class B. */
        STATIC,
        /** Type 24 part B, a few seconds after part A. */
        STATIC_PART_B
    }

    private record Event(long atMicros, long sequence, int vessel, Kind kind) {}

    private final Instant start;
    private final List<Fleet.Member> fleet;
    private final Map<Integer, Fleet.Member> byMmsi = new HashMap<>();
    private final double[] positionIntervalSeconds;
    private final double staticIntervalSeconds;
    private final SplittableRandom random;
    // Ties in time are broken by sequence number: the order of events never depends on the queue's internals.
    private final PriorityQueue<Event> queue =
            new PriorityQueue<>(Comparator.comparingLong(Event::atMicros).thenComparingLong(Event::sequence));
    private long sequence;
    private long nowMicros;

    TrafficSimulator(int vessels, double messagesPerSecond, long seed, Instant start) {
        if (vessels < 1 || !(messagesPerSecond > 0)) {
            throw new IllegalArgumentException("need at least one vessel and a positive message rate");
        }
        SplittableRandom root = new SplittableRandom(seed);
        this.start = start;
        this.fleet = Fleet.launch(vessels, root.split());
        this.random = root.split();
        fleet.forEach(member -> byMmsi.put(member.vessel().mmsi(), member));

        // With few messages per vessel, static data would crowd out positions; stretch its interval then.
        staticIntervalSeconds = Math.max(STATIC_INTERVAL.toSeconds(), 4 * vessels / messagesPerSecond);
        double staticRate = 0;
        double positionWeights = 0;
        for (Fleet.Member member : fleet) {
            if (member.vessel().sendsStatic()) {
                staticRate += (member.vessel().classB() ? 2 : 1) / staticIntervalSeconds;
            }
            positionWeights += positionWeight(member);
        }
        // Whatever the statics leave of the rate goes to positions, shared by weight.
        double perWeight = (messagesPerSecond - staticRate) / positionWeights;
        positionIntervalSeconds = new double[vessels];
        for (int i = 0; i < vessels; i++) {
            Fleet.Member member = fleet.get(i);
            positionIntervalSeconds[i] = 1 / (perWeight * positionWeight(member));
            // A receiver hears a vessel's position first and its static data soon after.
            double firstPosition = random.nextDouble(positionIntervalSeconds[i]);
            schedule(i, Kind.POSITION, firstPosition);
            if (member.vessel().sendsStatic()) {
                double soon = Math.min(staticIntervalSeconds, 2 * positionIntervalSeconds[i]);
                schedule(i, Kind.STATIC, firstPosition + random.nextDouble(soon));
            }
        }
    }

    /** The next report, its time the simulated time it was made. */
    AisReport next() {
        Event event = queue.poll();
        nowMicros = event.atMicros();
        int index = event.vessel();
        Fleet.Member member = fleet.get(index);
        member.track().advanceTo(nowMicros);
        Instant time = start.plus(nowMicros, ChronoUnit.MICROS);
        return switch (event.kind()) {
            case POSITION -> {
                schedule(index, Kind.POSITION, jittered(positionIntervalSeconds[index]));
                yield position(member, time);
            }
            case STATIC -> {
                schedule(index, Kind.STATIC, staticIntervalSeconds * random.nextDouble(0.9, 1.1));
                if (member.vessel().classB()) {
                    schedule(index, Kind.STATIC_PART_B, random.nextDouble(0.5, 3));
                    yield partA(member.vessel(), time);
                }
                yield voyage(member, time);
            }
            case STATIC_PART_B -> partB(member.vessel(), time);
        };
    }

    /** The simulated time of the last report. */
    Instant simulatedTime() {
        return start.plus(nowMicros, ChronoUnit.MICROS);
    }

    /**
     * Moves simulated time on to {@code instant} without producing what would have been sent meanwhile: vessels
     * move on, and reports that fell due are spread over their next interval rather than sent in a burst.
     */
    void skipTo(Instant instant) {
        long target = ChronoUnit.MICROS.between(start, instant);
        if (target <= nowMicros) {
            return;
        }
        List<Event> due = new ArrayList<>();
        while (!queue.isEmpty() && queue.peek().atMicros() < target) {
            due.add(queue.poll());
        }
        nowMicros = target;
        for (Event event : due) {
            double interval =
                    switch (event.kind()) {
                        case POSITION -> positionIntervalSeconds[event.vessel()];
                        case STATIC -> staticIntervalSeconds;
                        case STATIC_PART_B -> 3;
                    };
            schedule(event.vessel(), event.kind(), random.nextDouble(interval));
        }
    }

    List<Fleet.Member> fleet() {
        return fleet;
    }

    /** The vessel with this MMSI, or null. */
    SimulatedVessel vessel(int mmsi) {
        Fleet.Member member = byMmsi.get(mmsi);
        return member == null ? null : member.vessel();
    }

    private static double positionWeight(Fleet.Member member) {
        double weight = member.vessel().classB() ? CLASS_B_RATE : 1;
        return member.track().moored() ? weight * MOORED_RATE : weight;
    }

    private void schedule(int vessel, Kind kind, double secondsFromNow) {
        long delay = Math.max(1, Math.round(secondsFromNow * 1e6));
        queue.add(new Event(nowMicros + delay, sequence++, vessel, kind));
    }

    private double jittered(double seconds) {
        return seconds * random.nextDouble(1 - JITTER, 1 + JITTER);
    }

    private PositionReport position(Fleet.Member member, Instant time) {
        SimulatedVessel vessel = member.vessel();
        VesselTrack track = member.track();
        VesselTrack.Fix fix = track.fix();
        double speed;
        double course;
        int heading;
        if (track.moored()) {
            speed = random.nextInt(2) / 10.0;
            course = tenths(random.nextDouble(360));
            heading = (int) fix.course();
        } else {
            speed = Math.max(0, tenths(track.speedKnots() + random.nextGaussian() * 0.2));
            course = tenths((fix.course() + random.nextGaussian() + 360) % 360) % 360;
            heading = (int) ((Math.round(fix.course() + random.nextGaussian() * 2) + 360) % 360);
        }
        int messageType = vessel.classB() ? 18 : random.nextDouble() < 0.85 ? 1 : 3;
        return new PositionReport(
                vessel.mmsi(),
                time,
                Math.round(fix.latitude() * POSITION_RESOLUTION) / POSITION_RESOLUTION,
                Math.round(fix.longitude() * POSITION_RESOLUTION) / POSITION_RESOLUTION,
                speed,
                course,
                vessel.headingAvailable() ? heading : null,
                vessel.classB() ? null : navigationalStatus(member),
                messageType);
    }

    /** 5 moored, 7 engaged in fishing, else 0 under way using engine. */
    private static int navigationalStatus(Fleet.Member member) {
        if (member.track().moored()) return 5;
        if (member.profile() == Fleet.Profile.FISHING) return 7;
        return 0;
    }

    /** Type 5: everything, with the ETA at the end of the lane plus a margin, to the minute. */
    private StaticReport voyage(Fleet.Member member, Instant time) {
        SimulatedVessel v = member.vessel();
        Double secondsToGo = member.track().secondsToGo();
        Instant eta = secondsToGo == null
                ? null
                : time.plusSeconds(Math.round(secondsToGo + random.nextDouble(1800, 10_800)))
                        .truncatedTo(ChronoUnit.MINUTES);
        return new StaticReport(
                v.mmsi(),
                time,
                v.name(),
                v.callSign(),
                v.imo(),
                v.shipType(),
                member.track().destination(),
                eta,
                v.toBow(),
                v.toStern(),
                v.toPort(),
                v.toStarboard(),
                v.draught(),
                5);
    }

    /** Type 24 part A: the name only. */
    private static StaticReport partA(SimulatedVessel v, Instant time) {
        return new StaticReport(
                v.mmsi(), time, v.name(), null, null, null, null, null, null, null, null, null, null, 24);
    }

    /** Type 24 part B: type, call sign and dimensions. */
    private static StaticReport partB(SimulatedVessel v, Instant time) {
        return new StaticReport(
                v.mmsi(),
                time,
                null,
                v.callSign(),
                null,
                v.shipType(),
                null,
                null,
                v.toBow(),
                v.toStern(),
                v.toPort(),
                v.toStarboard(),
                null,
                24);
    }

    private static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
