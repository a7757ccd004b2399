package com.maritimealphaflow.aggregation.regions.events;

import static com.maritimealphaflow.aggregation.regions.events.Fixtures.ANCHORAGE;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.ANCHOR_FAR_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.ANCHOR_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.ANCHOR_LON;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.MMSI;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.concat;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.every;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.minutes;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.p;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitingDetectionTest {

    private static List<VesselPosition> atAnchor(double fromMinute, double toMinute) {
        return every(1, fromMinute, toMinute, ANCHOR_LON, ANCHOR_LAT, 0.2);
    }

    private static VesselPosition underWay(double minutes) {
        return p(minutes, ANCHOR_LON, ANCHOR_LAT, 6.0);
    }

    private static RegionEvent waiting(double startMinutes, Double endMinutes) {
        return new RegionEvent(
                RegionEventType.WAITING,
                MMSI,
                ANCHORAGE,
                minutes(startMinutes),
                endMinutes == null ? null : minutes(endMinutes),
                null,
                VesselCategory.CARGO,
                11.5);
    }

    @Test
    void oneHourFiftyNineMinutesAtAnchorIsNotWaiting() {
        assertThat(run(concat(atAnchor(0, 119), List.of(underWay(125))))).isEmpty();
    }

    @Test
    void twoHoursAndOneMinuteAtAnchorIsWaitingUntilTheVesselMovesAgain() {
        assertThat(run(concat(atAnchor(0, 121), List.of(underWay(125))))).containsExactly(waiting(0, 125.0));
    }

    @Test
    void exactlyTwoHoursIsWaiting() {
        assertThat(run(concat(atAnchor(0, 120), List.of(underWay(125))))).containsExactly(waiting(0, 125.0));
    }

    @Test
    void waitingEndsWhenTheVesselIsSeenOutsideTheAnchorage() {
        List<VesselPosition> track = concat(atAnchor(0, 180), List.of(p(190, ANCHOR_LON, ANCHOR_FAR_LAT, 0.3)));

        assertThat(run(track)).containsExactly(waiting(0, 190.0));
    }

    @Test
    void reportsWithoutASpeedNeitherStartNorEndASpell() {
        List<VesselPosition> track = concat(
                every(10, 0, 60, ANCHOR_LON, ANCHOR_LAT, null),
                atAnchor(70, 100),
                every(10, 110, 150, ANCHOR_LON, ANCHOR_LAT, null),
                atAnchor(160, 200),
                List.of(underWay(210)));

        assertThat(run(track)).containsExactly(waiting(70, 210.0));
    }

    @Test
    void aMovingReportEndsTheSpellAndTheNextSlowReportStartsANewOne() {
        List<VesselPosition> track =
                concat(atAnchor(0, 100), List.of(underWay(101)), atAnchor(102, 230), List.of(underWay(231)));

        assertThat(run(track)).containsExactly(waiting(102, 231.0));
    }

    @Test
    void aSpellIsEmittedOpenOnceItReachesTwoHours() {
        Detection detection = Fixtures.detector().process(VesselTrack.start(MMSI), atAnchor(0, 125));

        assertThat(detection.events()).containsExactly(waiting(0, null));
    }
}
