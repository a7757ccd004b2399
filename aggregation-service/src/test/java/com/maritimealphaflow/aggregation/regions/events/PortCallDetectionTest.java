package com.maritimealphaflow.aggregation.regions.events;

import static com.maritimealphaflow.aggregation.regions.events.Fixtures.MMSI;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.PORT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.PORT_FAR_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.PORT_JUST_OUTSIDE_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.PORT_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.PORT_LON;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.concat;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.every;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.minutes;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.p;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortCallDetectionTest {

    private static VesselPosition far(double minutes) {
        return p(minutes, PORT_LON, PORT_FAR_LAT, 10.0);
    }

    private static VesselPosition inside(double minutes, Double knots) {
        return p(minutes, PORT_LON, PORT_LAT, knots);
    }

    private static RegionEvent call(double startMinutes, Double endMinutes) {
        return new RegionEvent(
                RegionEventType.PORT_CALL,
                MMSI,
                PORT,
                minutes(startMinutes),
                endMinutes == null ? null : minutes(endMinutes),
                null,
                VesselCategory.CARGO,
                11.5);
    }

    @Test
    void aVesselThatEntersStopsAndLeavesMakesOneCallFromEntryToItsLastPositionInside() {
        List<VesselPosition> track = concat(
                List.of(far(0), inside(10, 6.0)),
                every(10, 20, 200, PORT_LON, PORT_LAT, 0.0),
                List.of(inside(210, 5.0), far(220)));

        assertThat(run(track)).containsExactly(call(10, 210.0));
    }

    @Test
    void aVesselPassingThroughWithoutStoppingMakesNoCall() {
        List<VesselPosition> track = List.of(far(0), inside(10, 9.0), inside(20, 8.0), inside(30, 9.0), far(40));

        assertThat(run(track)).isEmpty();
    }

    @Test
    void aFiveHourGapInReportsInsideThePortDoesNotEndTheCall() {
        List<VesselPosition> track =
                List.of(far(0), inside(10, 6.0), inside(20, 0.0), inside(320, 0.0), inside(330, 5.0), far(340));

        assertThat(run(track)).containsExactly(call(10, 330.0));
    }

    @Test
    void fiveHoursInsideWithoutAReportOfMovingIsAStopEvenIfEveryReportHadWay() {
        List<VesselPosition> track = List.of(far(0), inside(10, 6.0), inside(310, 4.0), far(320));

        assertThat(run(track)).containsExactly(call(10, 310.0));
    }

    @Test
    void jitterAcrossThePortBoundaryIsOneCall() {
        // moored 55 m inside the north edge; every other report lands 200 m outside it, within the 500 m exit buffer
        List<VesselPosition> track = new ArrayList<>(List.of(far(0)));
        for (int minute = 10; minute <= 360; minute += 10) {
            double lat = minute % 20 == 0 ? PORT_JUST_OUTSIDE_LAT : 59.9095;
            track.add(p(minute, PORT_LON, lat, 0.1));
        }
        track.add(far(370));

        assertThat(run(track)).containsExactly(call(10, 360.0));
        RegionEventDetector withoutBuffer =
                new RegionEventDetector(new RegionIndex(List.of(Fixtures.PORT_SHAPE), 0), EventRules.defaults());
        assertThat(withoutBuffer.process(VesselTrack.start(MMSI), track).events())
                .as("without the exit buffer every report inside would start a call")
                .hasSize(18);
    }

    @Test
    void withoutSpeedsTwoHoursInsideIsACallAndLessIsNot() {
        List<VesselPosition> shortStay =
                concat(List.of(far(0)), every(10, 10, 100, PORT_LON, PORT_LAT, null), List.of(far(110)));
        List<VesselPosition> twoHours =
                concat(List.of(far(0)), every(10, 10, 130, PORT_LON, PORT_LAT, null), List.of(far(140)));

        assertThat(run(shortStay)).isEmpty();
        assertThat(run(twoHours)).containsExactly(call(10, 130.0));
    }

    @Test
    void aCallIsEmittedOpenWhenTheVesselStopsAndClosedWhenItLeaves() {
        VesselTrack track = VesselTrack.start(MMSI);
        RegionEventDetector detector = Fixtures.detector();

        Detection arrival = detector.process(track, List.of(far(0), inside(10, 6.0), inside(20, 0.0), inside(30, 0.0)));
        Detection departure = detector.process(track, List.of(inside(40, 3.0), far(50)));

        assertThat(arrival.events()).containsExactly(call(10, null));
        assertThat(arrival.events().get(0).open()).isTrue();
        assertThat(departure.events()).containsExactly(call(10, 40.0));
    }

    @Test
    void aVisitSilentForMoreThanSevenDaysEndsAtItsLastReport() {
        double eightDays = 8 * 24 * 60;
        List<VesselPosition> track = List.of(
                far(0),
                inside(10, 0.0),
                inside(20, 0.0),
                inside(eightDays, 0.0), // seen inside again: a new call
                far(eightDays + 10));

        assertThat(run(track)).containsExactly(call(10, 20.0), call(eightDays, eightDays));
    }

    @Test
    void theCallCarriesTheArrivalCategoryAndTheFirstReportedDraught() {
        List<VesselPosition> track = List.of(
                new VesselPosition(MMSI, minutes(10), PORT_LAT, PORT_LON, 0.0, null, VesselCategory.TANKER),
                new VesselPosition(MMSI, minutes(20), PORT_LAT, PORT_LON, 0.0, 9.8, VesselCategory.TANKER),
                new VesselPosition(MMSI, minutes(30), PORT_FAR_LAT, PORT_LON, 9.0, 9.8, VesselCategory.TANKER));

        assertThat(run(track)).singleElement().satisfies(call -> {
            assertThat(call.category()).isEqualTo(VesselCategory.TANKER);
            assertThat(call.draught()).isEqualTo(9.8);
            assertThat(call.end()).isEqualTo(minutes(20));
        });
    }
}
