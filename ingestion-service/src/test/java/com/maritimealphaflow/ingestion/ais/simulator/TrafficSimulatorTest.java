package com.maritimealphaflow.ingestion.ais.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrafficSimulatorTest {

    private static final Instant START = Instant.parse("2026-04-20T00:00:00Z");

    @Test
    void theSameSeedAndStartGiveTheSameFirstTenThousandReports() {
        TrafficSimulator one = new TrafficSimulator(300, 50, 7, START);
        TrafficSimulator two = new TrafficSimulator(300, 50, 7, START);
        for (int i = 0; i < 10_000; i++) {
            assertThat(two.next()).as("report %d", i).isEqualTo(one.next());
        }
    }

    @Test
    void aDifferentSeedGivesDifferentVesselsAndReports() {
        List<AisReport> seven = take(new TrafficSimulator(300, 50, 7, START), 10_000);
        List<AisReport> eight = take(new TrafficSimulator(300, 50, 8, START), 10_000);
        assertThat(eight).isNotEqualTo(seven);
        assertThat(mmsis(eight)).doesNotContainAnyElementsOf(mmsis(seven));
    }

    @Test
    void theSameSeedFromAnotherStartGivesTheSameTrafficShiftedInTime() {
        Instant later = START.plus(Duration.ofDays(3));
        AisReport first = new TrafficSimulator(100, 20, 7, START).next();
        AisReport shifted = new TrafficSimulator(100, 20, 7, later).next();
        assertThat(shifted.mmsi()).isEqualTo(first.mmsi());
        assertThat(Duration.between(later, shifted.time())).isEqualTo(Duration.between(START, first.time()));
    }

    @Test
    void everyVesselCategoryAppearsWithCargoShipsAndTankersTheMostCommon() {
        TrafficSimulator simulator = new TrafficSimulator(1000, 200, 11, START);
        List<AisReport> reports = take(simulator, 60_000);
        Map<Integer, Integer> shipTypes = new HashMap<>();
        for (AisReport report : reports) {
            if (report instanceof StaticReport s && s.shipType() != null) {
                shipTypes.put(s.mmsi(), s.shipType());
            }
        }
        Map<VesselCategory, Integer> vessels = new EnumMap<>(VesselCategory.class);
        for (int mmsi : mmsis(reports)) {
            vessels.merge(VesselCategory.ofShipType(shipTypes.get(mmsi)), 1, Integer::sum);
        }

        assertThat(vessels).containsOnlyKeys(VesselCategory.values());
        List<VesselCategory> mostCommonFirst = vessels.entrySet().stream()
                .sorted(Map.Entry.<VesselCategory, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
        assertThat(mostCommonFirst.subList(0, 2)).containsExactly(VesselCategory.CARGO, VesselCategory.TANKER);
        assertThat(vessels.get(VesselCategory.UNKNOWN)).isBetween(60, 140);
    }

    @Test
    void aboutNineVesselsInTenSendStaticDataWithinTheirFirstMinutes() {
        TrafficSimulator simulator = new TrafficSimulator(1000, 200, 3, START);
        Set<Integer> withStatic = new HashSet<>();
        Set<Integer> heard = new HashSet<>();
        Instant until = START.plus(TrafficSimulator.STATIC_INTERVAL.multipliedBy(2));
        for (AisReport report = simulator.next(); report.time().isBefore(until); report = simulator.next()) {
            heard.add(report.mmsi());
            if (report instanceof StaticReport) {
                withStatic.add(report.mmsi());
            }
        }
        Set<Integer> expected = simulator.fleet().stream()
                .map(Fleet.Member::vessel)
                .filter(SimulatedVessel::sendsStatic)
                .map(SimulatedVessel::mmsi)
                .collect(Collectors.toSet());

        assertThat(heard).hasSize(1000);
        assertThat(withStatic).isEqualTo(expected);
        assertThat(withStatic.size() / 1000.0).isBetween(0.85, 0.95);
    }

    @Test
    void positionsStayOnTheGlobeAndCloseToTheirVesselsLanes() {
        TrafficSimulator simulator = new TrafficSimulator(1000, 200, 5, START);
        Map<Integer, ShippingLane> lanes = simulator.fleet().stream()
                .collect(Collectors.toMap(m -> m.vessel().mmsi(), m -> m.track().lane()));
        int positions = 0;
        // Over a simulated day at a low rate, vessels sail far enough to turn at the ends of their lanes.
        TrafficSimulator slow = new TrafficSimulator(1000, 2, 5, START);
        for (TrafficSimulator s : List.of(simulator, slow)) {
            for (AisReport report : take(s, 100_000)) {
                if (report instanceof PositionReport p) {
                    positions++;
                    assertThat(p.latitude()).isBetween(-90.0, 90.0);
                    assertThat(p.longitude()).isBetween(-180.0, 180.0);
                    ShippingLane lane = lanes.get(p.mmsi());
                    // Traffic keeps within the lane's half width; berths are up to 400 m off its ends.
                    assertThat(metresFromLane(lane, p.latitude(), p.longitude()))
                            .as("%s on %s", p, lane)
                            .isLessThan(lane.halfWidthMetres() * 1.05 + 450);
                }
            }
        }
        assertThat(positions).isGreaterThan(100_000);
        assertThat(slow.simulatedTime()).isAfter(START.plus(Duration.ofHours(12)));
    }

    @Test
    void classAVesselsSendTypes1And3And5AndClassBTypes18And24InTwoParts() {
        TrafficSimulator simulator = new TrafficSimulator(400, 100, 9, START);
        Map<Integer, SimulatedVessel> vessels = simulator.fleet().stream()
                .map(Fleet.Member::vessel)
                .collect(Collectors.toMap(SimulatedVessel::mmsi, v -> v));
        Map<Boolean, Set<String>> kindsByClassB = Map.of(true, new HashSet<>(), false, new HashSet<>());
        for (AisReport report : take(simulator, 60_000)) {
            SimulatedVessel vessel = vessels.get(report.mmsi());
            Set<String> kinds = kindsByClassB.get(vessel.classB());
            if (report instanceof PositionReport p) {
                kinds.add("position " + p.messageType());
                if (vessel.classB()) {
                    assertThat(p.navigationalStatus()).isNull();
                } else {
                    assertThat(p.navigationalStatus()).isIn(0, 5, 7);
                }
            } else {
                StaticReport s = (StaticReport) report;
                if (s.messageType() == 5) {
                    kinds.add("static 5");
                    assertThat(s.name()).isEqualTo(vessel.name());
                    assertThat(s.callSign()).isEqualTo(vessel.callSign());
                    assertThat(s.shipType()).isEqualTo(vessel.shipType());
                    assertThat(s.imo()).isEqualTo(vessel.imo());
                    assertThat(s.destination()).isNotBlank();
                    assertThat(s.draught()).isPositive();
                } else if (s.name() != null) {
                    kinds.add("static 24 part A");
                    assertThat(s.name()).isEqualTo(vessel.name());
                    assertThat(s.shipType()).isNull();
                } else {
                    kinds.add("static 24 part B");
                    assertThat(s.callSign()).isEqualTo(vessel.callSign());
                    assertThat(s.shipType()).isEqualTo(vessel.shipType());
                    assertThat(s.toBow() + s.toStern()).isPositive();
                }
            }
        }
        assertThat(kindsByClassB.get(false)).containsExactlyInAnyOrder("position 1", "position 3", "static 5");
        assertThat(kindsByClassB.get(true))
                .containsExactlyInAnyOrder("position 18", "static 24 part A", "static 24 part B");
    }

    @Test
    void pleasureCraftAreClassBAndNoVesselLacksAClassAIdentity() {
        TrafficSimulator simulator = new TrafficSimulator(1000, 100, 13, START);
        for (Fleet.Member member : simulator.fleet()) {
            SimulatedVessel vessel = member.vessel();
            if (vessel.category() == VesselCategory.PLEASURE) {
                assertThat(vessel.classB()).as("%s", vessel).isTrue();
            }
            if (vessel.sendsStatic() && !vessel.classB()) {
                assertThat(vessel.name()).isNotBlank().hasSizeLessThanOrEqualTo(20);
                assertThat(vessel.callSign()).hasSizeBetween(4, 7);
                assertThat(vessel.draught()).isBetween(0.1, 25.5);
            }
            assertThat(vessel.toBow()).isBetween(0, 511);
            assertThat(vessel.toStern()).isBetween(0, 511);
            assertThat(vessel.toPort()).isBetween(0, 63);
            assertThat(vessel.toStarboard()).isBetween(0, 63);
        }
    }

    @Test
    void mmsisHaveNineDigitsWithAShipMidAndImoNumbersHaveValidCheckDigits() {
        TrafficSimulator simulator = new TrafficSimulator(2000, 100, 17, START);
        int withImo = 0;
        Set<Integer> mmsis = new HashSet<>();
        for (Fleet.Member member : simulator.fleet()) {
            SimulatedVessel vessel = member.vessel();
            assertThat(mmsis.add(vessel.mmsi()))
                    .as("unique MMSI %d", vessel.mmsi())
                    .isTrue();
            // Ships' MIDs run from 201 (Albania) to 775 (Venezuela).
            assertThat(vessel.mmsi() / 1_000_000).isBetween(201, 775);
            if (vessel.imo() != null) {
                withImo++;
                int imo = vessel.imo();
                assertThat(imo).isBetween(1_000_000, 9_999_999);
                int sum = 0;
                for (int i = 0, digits = imo / 10; i < 6; i++, digits /= 10) {
                    sum += (digits % 10) * (i + 2);
                }
                assertThat(imo % 10).as("check digit of %d", imo).isEqualTo(sum % 10);
            }
        }
        assertThat(withImo).isGreaterThan(1000);
    }

    @Test
    void mooredVesselsLieStillWithStatus5AndVesselsUnderWayMoveAtTheirTypesSpeeds() {
        TrafficSimulator simulator = new TrafficSimulator(1000, 200, 19, START);
        Map<Integer, Fleet.Member> members = simulator.fleet().stream()
                .collect(Collectors.toMap(m -> m.vessel().mmsi(), m -> m));
        int moored = 0;
        for (AisReport report : take(simulator, 50_000)) {
            if (report instanceof PositionReport p) {
                Fleet.Member member = members.get(p.mmsi());
                if (member.track().moored()) {
                    moored++;
                    assertThat(p.speedOverGround()).isLessThanOrEqualTo(0.1);
                    if (!member.vessel().classB()) {
                        assertThat(p.navigationalStatus()).isEqualTo(5);
                    }
                } else {
                    assertThat(p.speedOverGround())
                            .isBetween(
                                    Math.min(
                                                    member.profile().minKnots,
                                                    member.track().lane().maxSpeedKnots() * 0.75)
                                            - 1,
                                    member.profile().maxKnots + 1);
                }
            }
        }
        assertThat(moored).isPositive();
    }

    @Test
    void reportsComeAtTheConfiguredRateOfSimulatedTimeAndNeverGoBack() {
        TrafficSimulator simulator = new TrafficSimulator(500, 50, 23, START);
        List<AisReport> reports = take(simulator, 30_000);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i).time())
                    .isAfterOrEqualTo(reports.get(i - 1).time());
        }
        double seconds =
                Duration.between(START, reports.get(reports.size() - 1).time()).toMillis() / 1000.0;
        assertThat(seconds).isCloseTo(600, within(30.0));
    }

    @Test
    void staticDataComesAboutEverySixMinutesPerVessel() {
        TrafficSimulator simulator = new TrafficSimulator(200, 40, 29, START);
        Map<Integer, List<Instant>> statics = new HashMap<>();
        Instant until = START.plus(Duration.ofMinutes(40));
        for (AisReport report = simulator.next(); report.time().isBefore(until); report = simulator.next()) {
            // Type 5, or the first part of a type 24 pair.
            if (report instanceof StaticReport s && (s.messageType() == 5 || s.name() != null)) {
                statics.computeIfAbsent(s.mmsi(), k -> new ArrayList<>()).add(s.time());
            }
        }
        assertThat(statics).isNotEmpty();
        for (List<Instant> times : statics.values()) {
            assertThat(times).hasSizeGreaterThanOrEqualTo(6);
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1), times.get(i)).toSeconds())
                        .isBetween(320L, 400L);
            }
        }
    }

    @Test
    void skippingAheadMovesVesselsOnAndSpreadsTheMissedReportsInsteadOfBurstingThem() {
        TrafficSimulator simulator = new TrafficSimulator(500, 50, 31, START);
        take(simulator, 1000);
        Instant later = simulator.simulatedTime().plus(Duration.ofHours(1));
        simulator.skipTo(later);

        List<AisReport> after = take(simulator, 3000);
        assertThat(after).allSatisfy(r -> assertThat(r.time()).isAfterOrEqualTo(later));
        long inFirstSecond = after.stream()
                .filter(r -> r.time().isBefore(later.plusSeconds(1)))
                .count();
        assertThat(inFirstSecond).isLessThan(150);
        assertThat(simulator.simulatedTime()).isBetween(later.plusSeconds(40), later.plusSeconds(80));
        assertThat(after.stream()
                        .min(Comparator.comparing(AisReport::time))
                        .orElseThrow()
                        .time())
                .isBefore(later.plusSeconds(2));
    }

    private static List<AisReport> take(TrafficSimulator simulator, int count) {
        List<AisReport> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            reports.add(simulator.next());
        }
        return reports;
    }

    private static Set<Integer> mmsis(List<AisReport> reports) {
        return reports.stream().map(AisReport::mmsi).collect(Collectors.toSet());
    }

    /** Distance from a point to the lane's centre line, flat-earth per segment as the lanes are short-segmented. */
    static double metresFromLane(ShippingLane lane, double latitude, double longitude) {
        double best = Double.MAX_VALUE;
        List<ShippingLane.Waypoint> points = lane.waypoints();
        double cos = Math.cos(Math.toRadians(latitude));
        double px = longitude * cos * ShippingLane.METRES_PER_DEGREE;
        double py = latitude * ShippingLane.METRES_PER_DEGREE;
        for (int i = 1; i < points.size(); i++) {
            double ax = points.get(i - 1).longitude() * cos * ShippingLane.METRES_PER_DEGREE;
            double ay = points.get(i - 1).latitude() * ShippingLane.METRES_PER_DEGREE;
            double bx = points.get(i).longitude() * cos * ShippingLane.METRES_PER_DEGREE;
            double by = points.get(i).latitude() * ShippingLane.METRES_PER_DEGREE;
            double dx = bx - ax;
            double dy = by - ay;
            double t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
            t = Math.max(0, Math.min(1, t));
            best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
        }
        return best;
    }
}
