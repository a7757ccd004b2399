package com.maritimealphaflow.aggregation.regions.events;

import com.maritimealphaflow.aggregation.regions.events.VesselTrack.Fix;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one vessel's positions, in time order, into transits, port calls and waiting spells, carrying what it must
 * remember in the vessel's {@link VesselTrack}. Pure: no database, no clock, no Spring; the same state and positions
 * always give the same events and the same next state, so a track stored after a batch and restored before the next
 * continues exactly as an uninterrupted run would.
 *
 * <p>A position whose time is not after the track's last processed one (a late report, or a duplicate) is skipped
 * and counted in {@link Detection#outOfOrder()}: the track has moved on and the segments it made are final. Late
 * data is taken into account by a rebuild of its time range, which runs the range again from a clean state. Started
 * {@link EventRules#crossingExpiry()} before the range, it meets a live run's pending crossings and recent transits
 * at the range's start; a port or anchorage visit longer than that head start begins, in the rebuild, at its first
 * position inside it (or the caller starts from a stored track instead).
 *
 * <p>The detector holds nothing of any vessel and may be shared by threads, each processing its own vessels' tracks.
 *
 * <p>Per position: first the segment from the previous position is tested against the chokepoints' gates (unless
 * the two are further apart in time than {@link EventRules#maxSegmentGap()}, or further apart in space than
 * {@link EventRules#maxSegmentKnots()} allows), with each crossing's time interpolated along it; then the ports and
 * anchorages the vessel is in are updated.
 */
public final class RegionEventDetector {

    private final RegionIndex index;
    private final EventRules rules;
    private final Transits transits;
    private final PortCalls portCalls;
    private final WaitingSpells waitingSpells;

    public RegionEventDetector(RegionIndex index, EventRules rules) {
        this.index = index;
        this.rules = rules;
        this.transits = new Transits(rules);
        this.portCalls = new PortCalls(rules, index);
        this.waitingSpells = new WaitingSpells(rules, index);
    }

    /**
     * Processes the positions and updates the track.
     *
     * @param positions this vessel's positions, in time order
     * @throws IllegalArgumentException if a position is of another vessel
     */
    public Detection process(VesselTrack track, List<VesselPosition> positions) {
        EmittedEvents out = new EmittedEvents();
        int outOfOrder = 0;
        for (VesselPosition position : positions) {
            if (position.mmsi() != track.mmsi()) {
                throw new IllegalArgumentException(
                        "position of " + position.mmsi() + " given for the track of " + track.mmsi());
            }
            Fix last = track.last();
            if (last != null && !position.time().isAfter(last.time())) {
                outOfOrder++;
                continue;
            }
            if (last != null && joined(last, position)) {
                crossGates(track, last, position, out);
            }
            transits.prune(track, position.time(), index);
            Set<Long> ports = new HashSet<>(2);
            Set<Long> anchorages = new HashSet<>(2);
            for (RegionShape region : index.containing(position.lon(), position.lat())) {
                switch (region.kind()) {
                    case PORT -> ports.add(region.id());
                    case ANCHORAGE -> anchorages.add(region.id());
                    case CHOKEPOINT, AREA -> {}
                }
            }
            portCalls.step(track, position, ports, out);
            waitingSpells.step(track, position, anchorages, out);
            track.moveTo(new Fix(position.time(), position.lat(), position.lon()));
        }
        return new Detection(out.list(), outOfOrder);
    }

    private boolean joined(Fix from, VesselPosition to) {
        Duration gap = Duration.between(from.time(), to.time());
        if (gap.compareTo(rules.maxSegmentGap()) > 0) {
            return false;
        }
        // Nautical miles on a sphere, flat over the segment: a plausibility bound needs no geodesy. A degree of
        // latitude is 60 NM; a degree of longitude that times the cosine of the mean latitude.
        double dLon = Math.abs(to.lon() - from.lon());
        dLon = Math.min(dLon, 360 - dLon) * Math.cos(Math.toRadians((from.lat() + to.lat()) / 2));
        double miles = 60 * Math.hypot(dLon, to.lat() - from.lat());
        return miles <= rules.maxSegmentKnots() * gap.toMillis() / 3_600_000.0;
    }

    private void crossGates(VesselTrack track, Fix from, VesselPosition to, EmittedEvents out) {
        List<GateCrossing> crossings = index.gatesCrossed(from.lon(), from.lat(), to.lon(), to.lat());
        if (crossings.isEmpty()) {
            return;
        }
        long span = Duration.between(from.time(), to.time()).toMillis();
        for (GateCrossing crossing : crossings) {
            Instant at = from.time().plusMillis(Math.round(crossing.fraction() * span));
            transits.crossed(track, crossing, at, to, out);
        }
    }
}
