package com.maritimealphaflow.aggregation.regions.events;

import static com.maritimealphaflow.aggregation.regions.events.Fixtures.CANAL;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.CANAL_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.MMSI;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.concat;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.hours;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.minutes;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitDetectionTest {

    /** West to east through the canal, hourly reports 0.2° apart, starting {@code startHour}: gates at x.5 hours. */
    private static List<VesselPosition> eastbound(double startHour) {
        List<VesselPosition> track = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            track.add(hours(startHour + i, 31.9 + 0.2 * i, CANAL_LAT, 8.0));
        }
        return track;
    }

    private static List<VesselPosition> westbound(double startHour) {
        List<VesselPosition> track = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            track.add(hours(startHour + i, 32.7 - 0.2 * i, CANAL_LAT, 8.0));
        }
        return track;
    }

    @Test
    void countsATransitFromGateAToGateBAsAbWithCrossingTimesInterpolated() {
        List<RegionEvent> events = run(eastbound(0));

        assertThat(events)
                .containsExactly(new RegionEvent(
                        RegionEventType.TRANSIT,
                        MMSI,
                        CANAL,
                        minutes(30),
                        minutes(3 * 60 + 30),
                        TransitDirection.AB,
                        VesselCategory.CARGO,
                        11.5));
    }

    @Test
    void countsATransitFromGateBToGateAAsBa() {
        List<RegionEvent> events = run(westbound(0));

        assertThat(events).singleElement().satisfies(transit -> {
            assertThat(transit.direction()).isEqualTo(TransitDirection.BA);
            assertThat(transit.start()).isEqualTo(minutes(30));
            assertThat(transit.end()).isEqualTo(minutes(3 * 60 + 30));
        });
    }

    @Test
    void aVesselThatEntersAndLeavesThroughTheSameGateHasNotTransited() {
        List<VesselPosition> turnBack = List.of(
                hours(0, 31.9, CANAL_LAT, 8.0),
                hours(1, 32.1, CANAL_LAT, 8.0),
                hours(2, 32.3, CANAL_LAT, 8.0),
                hours(3, 32.1, CANAL_LAT, 8.0),
                hours(4, 31.9, CANAL_LAT, 8.0));

        assertThat(run(turnBack)).isEmpty();
    }

    @Test
    void aTurnBackClearsThePendingCrossing() {
        VesselTrack track = VesselTrack.start(MMSI);
        RegionEventDetector detector = Fixtures.detector();
        detector.process(
                track,
                List.of(
                        hours(0, 31.9, CANAL_LAT, 8.0),
                        hours(1, 32.1, CANAL_LAT, 8.0),
                        hours(2, 31.9, CANAL_LAT, 8.0)));

        assertThat(track.chokepoints()).isEmpty();
        // reported again east of the canal: the segment crosses a again (0.1 of 0.8 degrees) and then b
        assertThat(detector.process(track, List.of(hours(3, 32.7, CANAL_LAT, 8.0)))
                        .events())
                .singleElement()
                .satisfies(transit -> {
                    assertThat(transit.direction()).isEqualTo(TransitDirection.AB);
                    assertThat(transit.start()).isEqualTo(minutes(2 * 60 + 7.5));
                });
    }

    @Test
    void jitterAcrossAGateBeforeTheTransitCountsFromTheLastCrossing() {
        List<VesselPosition> track = List.of(
                hours(0, 31.99, CANAL_LAT, 1.0),
                hours(1, 32.01, CANAL_LAT, 1.0),
                hours(2, 31.99, CANAL_LAT, 1.0),
                hours(3, 32.01, CANAL_LAT, 1.0),
                hours(4, 32.61, CANAL_LAT, 8.0));

        assertThat(run(track)).singleElement().satisfies(transit -> {
            assertThat(transit.start()).isEqualTo(minutes(2 * 60 + 30));
            assertThat(transit.direction()).isEqualTo(TransitDirection.AB);
        });
    }

    @Test
    void aTrackWithOnlyOnePositionInsideTheCanalTransitsFromItsSegments() {
        List<VesselPosition> track = List.of(
                hours(0, 31.5, CANAL_LAT, 12.0), hours(5, 32.3, CANAL_LAT, 12.0), hours(10, 33.1, CANAL_LAT, 12.0));

        assertThat(run(track)).singleElement().satisfies(transit -> {
            assertThat(transit.direction()).isEqualTo(TransitDirection.AB);
            assertThat(transit.start()).isEqualTo(minutes(3 * 60 + 7.5)); // 0.5 of 0.8 degrees into 5 h
            assertThat(transit.end()).isEqualTo(minutes(6 * 60 + 52.5)); // 0.3 of 0.8 degrees into the next 5 h
        });
    }

    @Test
    void aTrackWithNoPositionInsideTheCanalTransitsWhenOneSegmentCrossesBothGates() {
        List<VesselPosition> track = List.of(hours(0, 33.0, CANAL_LAT, 12.0), hours(10, 31.0, CANAL_LAT, 12.0));

        assertThat(run(track)).singleElement().satisfies(transit -> {
            assertThat(transit.direction()).isEqualTo(TransitDirection.BA);
            assertThat(transit.start()).isEqualTo(minutes(2 * 60));
            assertThat(transit.end()).isEqualTo(minutes(5 * 60));
        });
    }

    @Test
    void theSameVesselIsNotCountedAgainWithin48HoursOfItsLastCountedTransit() {
        // transits end at 3:30, 3:30 + 47 h and 3:30 + 52 h: the second is inside 48 h of the first and not
        // counted; the third is only 5 h after the second, but 52 h after the last one counted
        List<RegionEvent> events = run(concat(eastbound(0), westbound(47), eastbound(52)));

        assertThat(events)
                .extracting(RegionEvent::end)
                .containsExactly(minutes(3 * 60 + 30), minutes((52 + 3) * 60 + 30));
        assertThat(events).extracting(RegionEvent::direction).containsExactly(TransitDirection.AB, TransitDirection.AB);
    }

    @Test
    void aTransitExactly48HoursAfterTheLastCountedOneIsCounted() {
        assertThat(run(concat(eastbound(0), westbound(48)))).hasSize(2);
    }

    @Test
    void aPendingCrossingExpiresAfterSevenDaysInside() {
        List<VesselPosition> track = List.of(
                hours(0, 31.9, CANAL_LAT, 8.0),
                hours(1, 32.1, CANAL_LAT, 0.0), // crossed a at 0:30
                hours(20, 32.1, CANAL_LAT, 0.0),
                hours(40, 32.1, CANAL_LAT, 0.0),
                hours(24 * 7 + 2, 32.1, CANAL_LAT, 0.0),
                hours(24 * 7 + 3, 32.7, CANAL_LAT, 8.0)); // crossed b more than 7 days after a

        assertThat(run(track)).isEmpty();
    }

    @Test
    void aPendingCrossingWithinSevenDaysStillMakesATransit() {
        List<VesselPosition> track = List.of(
                hours(0, 31.9, CANAL_LAT, 8.0),
                hours(1, 32.1, CANAL_LAT, 0.0),
                hours(20, 32.1, CANAL_LAT, 0.0),
                hours(40, 32.1, CANAL_LAT, 0.0),
                hours(60, 32.1, CANAL_LAT, 0.0),
                hours(80, 32.1, CANAL_LAT, 0.0),
                hours(100, 32.1, CANAL_LAT, 0.0),
                hours(120, 32.1, CANAL_LAT, 0.0),
                hours(140, 32.1, CANAL_LAT, 0.0),
                hours(160, 32.1, CANAL_LAT, 0.0),
                hours(161, 32.7, CANAL_LAT, 8.0));

        assertThat(run(track)).singleElement().satisfies(transit -> {
            assertThat(transit.start()).isEqualTo(minutes(30));
            assertThat(transit.end()).isEqualTo(minutes(160 * 60 + 50));
        });
    }

    @Test
    void positionsFurtherApartThanTheSegmentGapAreNotJoined() {
        // a day and an hour between the two reports: the straight line says nothing about the route taken
        List<VesselPosition> track = List.of(hours(0, 31.0, CANAL_LAT, 12.0), hours(25, 33.0, CANAL_LAT, 12.0));

        assertThat(run(track)).isEmpty();
    }

    @Test
    void aJumpNoShipCouldSailIsNotASegment() {
        // two vessels sharing an MMSI, or a bad fix: 2 degrees of longitude (104 NM here) in one hour
        List<VesselPosition> track = List.of(hours(0, 31.0, CANAL_LAT, 12.0), hours(1, 33.0, CANAL_LAT, 12.0));
        List<VesselPosition> sailable = List.of(hours(0, 31.0, CANAL_LAT, 12.0), hours(2, 33.0, CANAL_LAT, 12.0));

        assertThat(run(track)).isEmpty();
        assertThat(run(sailable)).hasSize(1);
    }

    @Test
    void theTransitCarriesTheCategoryAndDraughtReportedAtItsStart() {
        List<VesselPosition> track = List.of(
                new VesselPosition(MMSI, minutes(0), CANAL_LAT, 31.9, 8.0, null, VesselCategory.UNKNOWN),
                new VesselPosition(MMSI, minutes(60), CANAL_LAT, 32.1, 8.0, null, VesselCategory.TANKER),
                new VesselPosition(MMSI, minutes(120), CANAL_LAT, 32.3, 8.0, 14.2, VesselCategory.TANKER),
                new VesselPosition(MMSI, minutes(180), CANAL_LAT, 32.7, 8.0, 14.2, VesselCategory.TANKER));

        assertThat(run(track)).singleElement().satisfies(transit -> {
            assertThat(transit.category()).isEqualTo(VesselCategory.TANKER);
            assertThat(transit.draught())
                    .as("not reported at the start: the one reported at the end")
                    .isEqualTo(14.2);
        });
    }
}
