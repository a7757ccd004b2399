package com.maritimealphaflow.aggregation.regions.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events of one detector call; a later version of an event (same type, region, start) replaces the earlier. */
final class EmittedEvents {

    private final Map<Key, RegionEvent> events = new LinkedHashMap<>();

    void add(RegionEvent event) {
        events.put(new Key(event.type(), event.regionId(), event.start()), event);
    }

    List<RegionEvent> list() {
        return new ArrayList<>(events.values());
    }

    private record Key(RegionEventType type, long regionId, Instant start) {}
}
