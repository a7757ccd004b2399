package com.maritimealphaflow.aggregation.regions.events;

import static com.maritimealphaflow.aggregation.regions.events.Transits.longer;
import static com.maritimealphaflow.aggregation.regions.events.Transits.shorter;

import com.maritimealphaflow.aggregation.regions.events.VesselTrack.AnchorageVisit;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Vessels waiting in anchorages. A visit starts and ends as a port visit does (polygon in, exit area out, silence
 * past the gap limit ends it). Within it, a slow spell starts at the first report below the waiting speed and is
 * waiting once its slow reports span the minimum (1 h 59 min is not, 2 h is); it ends at the first report of
 * moving, or when the visit ends. A report without a speed neither starts nor ends a spell.
 */
final class WaitingSpells {

    private final EventRules rules;
    private final RegionIndex index;

    WaitingSpells(EventRules rules, RegionIndex index) {
        this.rules = rules;
        this.index = index;
    }

    void step(VesselTrack track, VesselPosition position, Set<Long> insideAnchorages, EmittedEvents out) {
        Map<Long, AnchorageVisit> visits = track.anchorages();
        Iterator<Map.Entry<Long, AnchorageVisit>> entries = visits.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Long, AnchorageVisit> entry = entries.next();
            AnchorageVisit visit = entry.getValue();
            long region = entry.getKey();
            if (!index.contains(region)) {
                entries.remove();
            } else if (longer(visit.last(), position.time(), rules.visitGapLimit())) {
                if (visit.waiting()) {
                    out.add(waiting(track, visit).closedAt(visit.last()));
                }
                entries.remove();
            } else if (!insideAnchorages.contains(region)
                    && !index.withinExitArea(region, position.lon(), position.lat())) {
                if (visit.waiting()) {
                    out.add(waiting(track, visit).closedAt(position.time()));
                }
                entries.remove();
            } else {
                entry.setValue(seen(track, visit, position, out));
            }
        }
        for (long region : insideAnchorages) {
            if (!visits.containsKey(region)) {
                AnchorageVisit entered = new AnchorageVisit(region, position.time(), null, null, null, null, false);
                visits.put(region, seen(track, entered, position, out));
            }
        }
    }

    private AnchorageVisit seen(VesselTrack track, AnchorageVisit visit, VesselPosition position, EmittedEvents out) {
        Instant now = position.time();
        Double speed = position.speedKnots();
        if (speed == null) {
            return new AnchorageVisit(
                    visit.region(),
                    now,
                    visit.slowSince(),
                    visit.lastSlow(),
                    visit.category(),
                    visit.draught(),
                    visit.waiting());
        }
        if (speed >= rules.waitingKnots()) {
            if (visit.waiting()) {
                out.add(waiting(track, visit).closedAt(now));
            }
            return new AnchorageVisit(visit.region(), now, null, null, null, null, false);
        }
        boolean spellStarts = visit.slowSince() == null;
        Instant slowSince = spellStarts ? now : visit.slowSince();
        AnchorageVisit updated = new AnchorageVisit(
                visit.region(),
                now,
                slowSince,
                now,
                spellStarts ? position.category() : visit.category(),
                !spellStarts && visit.draught() != null ? visit.draught() : position.draught(),
                visit.waiting() || !shorter(slowSince, now, rules.waitingMinimum()));
        if (updated.waiting() && !visit.waiting()) {
            out.add(waiting(track, updated));
        }
        return updated;
    }

    private static RegionEvent waiting(VesselTrack track, AnchorageVisit visit) {
        return new RegionEvent(
                RegionEventType.WAITING,
                track.mmsi(),
                visit.region(),
                visit.slowSince(),
                null,
                null,
                visit.category(),
                visit.draught());
    }
}
