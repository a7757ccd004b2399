package com.maritimealphaflow.aggregation.regions.events;

import com.maritimealphaflow.aggregation.regions.events.VesselTrack.ChokepointState;
import com.maritimealphaflow.aggregation.regions.events.VesselTrack.Crossing;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/**
 * Chokepoint transits from gate crossings. A crossing with none pending becomes pending; a crossing of the pending
 * gate again is a turn-back (the vessel left where it came in) and clears it; a crossing of the other gate is a
 * transit, counted unless the vessel's last counted transit of this chokepoint ended less than the repeat rule
 * before. A pending crossing older than the expiry is forgotten: the next crossing starts afresh.
 */
final class Transits {

    private final EventRules rules;

    Transits(EventRules rules) {
        this.rules = rules;
    }

    void crossed(VesselTrack track, GateCrossing crossing, Instant at, VesselPosition position, EmittedEvents out) {
        long region = crossing.region().id();
        ChokepointState state = track.chokepoints().get(region);
        Crossing pending = state == null ? null : state.pending();
        Instant lastTransit = state == null ? null : state.lastTransit();
        if (pending != null && longer(pending.at(), at, rules.crossingExpiry())) {
            pending = null;
        }
        if (pending == null) {
            pending = new Crossing(crossing.gate(), at, position.category(), position.draught());
        } else if (pending.gate() == crossing.gate()) {
            pending = null;
        } else {
            if (lastTransit == null || !shorter(lastTransit, at, rules.transitRepeat())) {
                out.add(new RegionEvent(
                        RegionEventType.TRANSIT,
                        track.mmsi(),
                        region,
                        pending.at(),
                        at,
                        TransitDirection.from(pending.gate()),
                        pending.category(),
                        pending.draught() != null ? pending.draught() : position.draught()));
                lastTransit = at;
            }
            pending = null;
        }
        track.chokepoints().put(region, new ChokepointState(region, pending, lastTransit));
    }

    /** Drops what can no longer matter at {@code now}, and the state of chokepoints no longer indexed. */
    void prune(VesselTrack track, Instant now, RegionIndex index) {
        Iterator<Map.Entry<Long, ChokepointState>> entries =
                track.chokepoints().entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Long, ChokepointState> entry = entries.next();
            ChokepointState state = entry.getValue();
            Crossing pending = state.pending();
            Instant lastTransit = state.lastTransit();
            if (pending != null && longer(pending.at(), now, rules.crossingExpiry())) {
                pending = null;
            }
            if (lastTransit != null && !shorter(lastTransit, now, rules.transitRepeat())) {
                lastTransit = null;
            }
            if (!index.contains(entry.getKey()) || pending == null && lastTransit == null) {
                entries.remove();
            } else if (pending != state.pending() || lastTransit != state.lastTransit()) {
                entry.setValue(new ChokepointState(state.region(), pending, lastTransit));
            }
        }
    }

    static boolean longer(Instant from, Instant to, Duration limit) {
        return Duration.between(from, to).compareTo(limit) > 0;
    }

    static boolean shorter(Instant from, Instant to, Duration limit) {
        return Duration.between(from, to).compareTo(limit) < 0;
    }
}
