package com.maritimealphaflow.aggregation.regions.events;

import static com.maritimealphaflow.aggregation.regions.events.Fixtures.ANCHOR_FAR_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.ANCHOR_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.ANCHOR_LON;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.CANAL_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.MMSI;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.PORT_FAR_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.PORT_JUST_OUTSIDE_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.PORT_LAT;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.PORT_LON;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.concat;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.every;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.hours;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.p;
import static com.maritimealphaflow.aggregation.regions.events.Fixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VesselTrackTest {

    /** Through the canal, then a port call with jitter and a five-hour gap, then two and a half hours at anchor. */
    private static List<VesselPosition> voyage() {
        double port = 30 * 60; // minutes: more than a day after the canal, so no segment joins them
        double anchorage = port + 12 * 60;
        return concat(
                List.of(
                        hours(0, 31.9, CANAL_LAT, 8.0),
                        hours(1, 32.1, CANAL_LAT, 8.0),
                        hours(2, 32.35, CANAL_LAT, 8.0),
                        hours(3, 32.7, CANAL_LAT, 8.0)),
                List.of(p(port, PORT_LON, PORT_FAR_LAT, 9.0), p(port + 10, PORT_LON, PORT_LAT, 4.0)),
                every(10, port + 20, port + 120, PORT_LON, 59.9095, 0.0),
                List.of(
                        p(port + 125, PORT_LON, PORT_JUST_OUTSIDE_LAT, 0.1),
                        p(port + 430, PORT_LON, PORT_LAT, 0.0),
                        p(port + 440, PORT_LON, PORT_FAR_LAT, 7.0)),
                every(10, anchorage, anchorage + 150, ANCHOR_LON, ANCHOR_LAT, 0.1),
                List.of(p(anchorage + 160, ANCHOR_LON, ANCHOR_FAR_LAT, 6.0)));
    }

    @Test
    void aTrackStoredAndRestoredAtAnyPointGivesTheSameEventsAsAnUninterruptedRun() {
        List<VesselPosition> voyage = voyage();
        RegionEventDetector detector = Fixtures.detector();
        List<RegionEvent> uninterrupted =
                detector.process(VesselTrack.start(MMSI), voyage).events();
        assertThat(uninterrupted)
                .extracting(RegionEvent::type)
                .containsExactly(RegionEventType.TRANSIT, RegionEventType.PORT_CALL, RegionEventType.WAITING);

        for (int split = 0; split <= voyage.size(); split++) {
            VesselTrack before = VesselTrack.start(MMSI);
            List<RegionEvent> events = new ArrayList<>(
                    detector.process(before, voyage.subList(0, split)).events());
            String json = before.toJson();
            VesselTrack restored = VesselTrack.fromJson(json);
            assertThat(restored.toJson()).isEqualTo(json);
            events.addAll(detector.process(restored, voyage.subList(split, voyage.size()))
                    .events());

            assertThat(stored(events)).as("split before position %d", split).containsExactlyElementsOf(uninterrupted);
        }
    }

    @Test
    void theStateIsCompactJsonOfWhatIsPending() {
        VesselTrack track = VesselTrack.start(MMSI);
        Fixtures.detector()
                .process(
                        track,
                        List.of(
                                hours(0, 31.9, CANAL_LAT, 8.0),
                                hours(1, 32.1, CANAL_LAT, 8.0),
                                hours(30, PORT_LON, PORT_LAT, 0.0)));

        assertThat(track.toJson())
                .isEqualTo("{\"v\":1,\"mmsi\":257123450,\"last\":{\"time\":\"2026-11-23T06:00:00Z\",\"lat\":59.9,"
                        + "\"lon\":10.72},\"chokepoints\":[{\"region\":1,\"pending\":{\"gate\":\"A\","
                        + "\"at\":\"2026-11-22T00:30:00Z\",\"category\":\"CARGO\",\"draught\":11.5}}],"
                        + "\"ports\":[{\"region\":2,\"entered\":\"2026-11-23T06:00:00Z\","
                        + "\"last\":\"2026-11-23T06:00:00Z\",\"category\":\"CARGO\",\"draught\":11.5,"
                        + "\"stopped\":true,\"lastMoving\":\"2026-11-23T06:00:00Z\"}]}");
    }

    @Test
    void theStateForgetsRegionsLeftLongAgo() {
        VesselTrack track = VesselTrack.start(MMSI);
        RegionEventDetector detector = Fixtures.detector();
        List<VesselPosition> voyage = voyage();
        detector.process(track, voyage);
        assertThat(track.toJson()).contains("chokepoints").doesNotContain("ports", "anchorages");

        // the next report comes more than 48 hours after the transit: nothing of the canal is kept either
        VesselPosition later = hours(60, ANCHOR_LON, ANCHOR_FAR_LAT, 6.0);
        detector.process(track, List.of(later));
        assertThat(track.toJson()).doesNotContain("chokepoints", "ports", "anchorages");
        assertThat(track.lastTime()).isEqualTo(later.time());
    }

    @Test
    void aRecentTransitIsRememberedForTheRepeatRuleAndThenForgotten() {
        VesselTrack track = VesselTrack.start(MMSI);
        RegionEventDetector detector = Fixtures.detector();
        detector.process(track, List.of(hours(0, 31.9, CANAL_LAT, 8.0), hours(2, 32.7, CANAL_LAT, 8.0)));

        detector.process(track, List.of(hours(40, 33.0, CANAL_LAT, 8.0)));
        assertThat(track.chokepoints()).containsOnlyKeys(Fixtures.CANAL);
        detector.process(track, List.of(hours(60, 33.0, CANAL_LAT, 8.0)));
        assertThat(track.chokepoints()).isEmpty();
    }

    @Test
    void positionsNotAfterTheLastProcessedOneAreSkippedAndCounted() {
        List<VesselPosition> clean = List.of(
                hours(0, 31.9, CANAL_LAT, 8.0),
                hours(1, 32.1, CANAL_LAT, 8.0),
                hours(2, 32.3, CANAL_LAT, 8.0),
                hours(3, 32.7, CANAL_LAT, 8.0));
        List<VesselPosition> withLateOnes = List.of(
                clean.get(0),
                clean.get(1),
                hours(0.5, 33.0, CANAL_LAT, 8.0), // late: would have crossed b from a segment going back in time
                hours(1, 31.0, CANAL_LAT, 8.0), // same time as the last processed: a duplicate
                clean.get(2),
                clean.get(3));
        RegionEventDetector detector = Fixtures.detector();

        Detection detection = detector.process(VesselTrack.start(MMSI), withLateOnes);

        assertThat(detection.outOfOrder()).isEqualTo(2);
        assertThat(detection.events())
                .isEqualTo(detector.process(VesselTrack.start(MMSI), clean).events())
                .hasSize(1);
    }

    @Test
    void aBatchOlderThanTheTrackIsSkippedWhole() {
        VesselTrack track = VesselTrack.start(MMSI);
        RegionEventDetector detector = Fixtures.detector();
        detector.process(track, List.of(hours(10, 30.0, CANAL_LAT, 8.0)));

        Detection late = detector.process(
                track,
                List.of(
                        hours(0, 31.9, CANAL_LAT, 8.0),
                        hours(1, 32.1, CANAL_LAT, 8.0),
                        hours(3, 32.7, CANAL_LAT, 8.0)));

        assertThat(late.outOfOrder()).isEqualTo(3);
        assertThat(late.events()).isEmpty();
        assertThat(track.lastTime()).isEqualTo(Fixtures.minutes(600));
    }

    @Test
    void theStateOfARegionNoLongerIndexedIsDroppedWithoutAnEvent() {
        VesselTrack track = VesselTrack.start(MMSI);
        Fixtures.detector().process(track, List.of(p(0, PORT_LON, PORT_LAT, 0.0), p(10, PORT_LON, PORT_LAT, 0.0)));
        assertThat(track.ports()).containsOnlyKeys(Fixtures.PORT);

        RegionEventDetector withoutThePort =
                new RegionEventDetector(new RegionIndex(List.of(Fixtures.CANAL_SHAPE)), EventRules.defaults());
        Detection detection = withoutThePort.process(track, List.of(p(20, PORT_LON, PORT_FAR_LAT, 5.0)));

        assertThat(detection.events()).isEmpty();
        assertThat(track.ports()).isEmpty();
    }

    @Test
    void refusesAStateOfAnotherFormatVersion() {
        assertThatThrownBy(() -> VesselTrack.fromJson("{\"v\":2,\"mmsi\":257123450}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("format 2");
        assertThatThrownBy(() -> VesselTrack.fromJson("{\"v\":1,")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPositionOfAnotherVessel() {
        VesselPosition other = new VesselPosition(
                MMSI + 1, Fixtures.T0, 0, 0, null, null, com.maritimealphaflow.model.ais.VesselCategory.UNKNOWN);

        assertThatThrownBy(() -> Fixtures.detector().process(VesselTrack.start(MMSI), List.of(other)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
