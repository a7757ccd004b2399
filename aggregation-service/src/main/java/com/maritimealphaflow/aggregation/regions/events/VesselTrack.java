package com.maritimealphaflow.aggregation.regions.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the detector remembers of one vessel between batches: its last processed position (the start of the next
 * segment), pending gate crossings and recent transits per chokepoint, and the ports and anchorages it is in.
 * Nothing else, so the state stays small: a visit is dropped when the vessel leaves, a chokepoint's entry when its
 * pending crossing expires and its last transit is older than the repeat rule. Not thread-safe: one vessel's
 * positions are processed by one thread at a time.
 *
 * <p>{@link #toJson()} and {@link #fromJson(String)} store it per vessel, e.g. {@code
 * {"v":1,"mmsi":257123450,"last":{"time":"2026-11-22T12:00:00Z","lat":59.9,"lon":10.7},"ports":[{"region":12,
 * "entered":"2026-11-22T09:41:10Z","last":"2026-11-22T12:00:00Z","category":"CARGO","stopped":true,
 * "lastMoving":"2026-11-22T09:58:00Z"}]}}. A state of another format version is refused; the caller then starts the
 * vessel afresh (or rebuilds its history).
 */
public final class VesselTrack {

    static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private final long mmsi;
    private Fix last;
    // sorted by region id so that the same state always gives the same JSON
    private final Map<Long, ChokepointState> chokepoints = new TreeMap<>();
    private final Map<Long, PortVisit> ports = new TreeMap<>();
    private final Map<Long, AnchorageVisit> anchorages = new TreeMap<>();

    private VesselTrack(long mmsi) {
        this.mmsi = mmsi;
    }

    /** A vessel the detector has not seen yet. */
    public static VesselTrack start(long mmsi) {
        return new VesselTrack(mmsi);
    }

    public long mmsi() {
        return mmsi;
    }

    /** The time of the last processed position; null before the first. */
    public Instant lastTime() {
        return last == null ? null : last.time();
    }

    public String toJson() {
        return JSON.writeValueAsString(new Snapshot(
                FORMAT_VERSION,
                mmsi,
                last,
                nullIfEmpty(chokepoints.values()),
                nullIfEmpty(ports.values()),
                nullIfEmpty(anchorages.values())));
    }

    /** @throws IllegalArgumentException if the text is not a state of this format version */
    public static VesselTrack fromJson(String json) {
        Snapshot snapshot;
        try {
            snapshot = JSON.readValue(json, Snapshot.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a vessel track state: " + e.getOriginalMessage(), e);
        }
        if (snapshot.v() != FORMAT_VERSION) {
            throw new IllegalArgumentException(
                    "vessel track state of format " + snapshot.v() + ", this code reads " + FORMAT_VERSION);
        }
        VesselTrack track = new VesselTrack(snapshot.mmsi());
        track.last = snapshot.last();
        if (snapshot.chokepoints() != null) {
            snapshot.chokepoints().forEach(state -> track.chokepoints.put(state.region(), state));
        }
        if (snapshot.ports() != null) {
            snapshot.ports().forEach(visit -> track.ports.put(visit.region(), visit));
        }
        if (snapshot.anchorages() != null) {
            snapshot.anchorages().forEach(visit -> track.anchorages.put(visit.region(), visit));
        }
        return track;
    }

    Fix last() {
        return last;
    }

    void moveTo(Fix fix) {
        last = fix;
    }

    Map<Long, ChokepointState> chokepoints() {
        return chokepoints;
    }

    Map<Long, PortVisit> ports() {
        return ports;
    }

    Map<Long, AnchorageVisit> anchorages() {
        return anchorages;
    }

    private static <T> List<T> nullIfEmpty(Collection<T> values) {
        return values.isEmpty() ? null : new ArrayList<>(values);
    }

    /** A processed position: where the next segment starts. */
    record Fix(Instant time, double lat, double lon) {}

    /** A gate crossed and the other not yet; category and draught as reported then, for the transit's event. */
    record Crossing(Gate gate, Instant at, VesselCategory category, Double draught) {}

    /** One chokepoint: the pending crossing, and the end of the last counted transit (for the repeat rule). */
    record ChokepointState(long region, Crossing pending, Instant lastTransit) {}

    /**
     * A vessel inside a port (entered its polygon, not yet seen outside its exit area).
     *
     * @param lastMoving the last report inside with a speed above the stop threshold, or the entry
     */
    record PortVisit(
            long region,
            Instant entered,
            Instant last,
            VesselCategory category,
            Double draught,
            boolean stopped,
            Instant lastMoving) {}

    /**
     * A vessel inside an anchorage, and its current slow spell if any.
     *
     * @param slowSince the first slow report of the spell; null when it is not slow
     * @param waiting whether the spell has lasted long enough and was emitted
     */
    record AnchorageVisit(
            long region,
            Instant last,
            Instant slowSince,
            Instant lastSlow,
            VesselCategory category,
            Double draught,
            boolean waiting) {}

    record Snapshot(
            int v,
            long mmsi,
            Fix last,
            List<ChokepointState> chokepoints,
            List<PortVisit> ports,
            List<AnchorageVisit> anchorages) {}
}
