package com.maritimealphaflow.aggregation.regions.events;

import static com.maritimealphaflow.aggregation.regions.events.Transits.longer;
import static com.maritimealphaflow.aggregation.regions.events.Transits.shorter;

import com.maritimealphaflow.aggregation.regions.events.VesselTrack.PortVisit;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Port calls. A visit starts at the first position inside a port's polygon and lasts until a position outside its
 * exit area (the polygon grown by the index's buffer), however long the reports pause in between, unless the
 * vessel is silent longer than the visit gap limit: then the visit ends at its last report. A visit is a call once
 * the vessel has stopped: a reported speed at or below the threshold, or a stretch inside of at least the dwell
 * time with no report of moving (speeds not reported, or no reports at all). A call is emitted open when it
 * qualifies and closed when the visit ends; a visit that never stopped (a vessel passing through) emits nothing.
 */
final class PortCalls {

    private final EventRules rules;
    private final RegionIndex index;

    PortCalls(EventRules rules, RegionIndex index) {
        this.rules = rules;
        this.index = index;
    }

    void step(VesselTrack track, VesselPosition position, Set<Long> insidePorts, EmittedEvents out) {
        Map<Long, PortVisit> visits = track.ports();
        Iterator<Map.Entry<Long, PortVisit>> entries = visits.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Long, PortVisit> entry = entries.next();
            PortVisit visit = entry.getValue();
            long region = entry.getKey();
            if (!index.contains(region)) {
                entries.remove();
            } else if (longer(visit.last(), position.time(), rules.visitGapLimit())
                    || !insidePorts.contains(region) && !index.withinExitArea(region, position.lon(), position.lat())) {
                if (visit.stopped()) {
                    out.add(call(track, visit).closedAt(visit.last()));
                }
                entries.remove();
            } else {
                entry.setValue(seen(track, visit, position, out));
            }
        }
        for (long region : insidePorts) {
            if (!visits.containsKey(region)) {
                PortVisit entered = new PortVisit(
                        region,
                        position.time(),
                        position.time(),
                        position.category(),
                        position.draught(),
                        false,
                        position.time());
                visits.put(region, seen(track, entered, position, out));
            }
        }
    }

    private PortVisit seen(VesselTrack track, PortVisit visit, VesselPosition position, EmittedEvents out) {
        Instant now = position.time();
        Double speed = position.speedKnots();
        boolean stopped = visit.stopped()
                || speed != null && speed <= rules.stoppedKnots()
                || !shorter(visit.lastMoving(), now, rules.dwellWithoutSpeed());
        boolean moving = speed != null && speed > rules.stoppedKnots();
        PortVisit updated = new PortVisit(
                visit.region(),
                visit.entered(),
                now,
                visit.category(),
                visit.draught() != null ? visit.draught() : position.draught(),
                stopped,
                moving ? now : visit.lastMoving());
        if (stopped && !visit.stopped()) {
            out.add(call(track, updated));
        }
        return updated;
    }

    private static RegionEvent call(VesselTrack track, PortVisit visit) {
        return new RegionEvent(
                RegionEventType.PORT_CALL,
                track.mmsi(),
                visit.region(),
                visit.entered(),
                null,
                null,
                visit.category(),
                visit.draught());
    }
}
