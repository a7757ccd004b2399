package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.regions.events.EventRules;
import com.maritimealphaflow.aggregation.regions.events.RegionEventDetector;
import com.maritimealphaflow.aggregation.regions.events.RegionIndex;
import com.maritimealphaflow.aggregation.regions.events.RegionShape;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * The regions one derivation works with: their shapes, indexed, the detector over them, each region's version, and
 * the boxes (each region's bounding box grown by a margin) outside which no position is read.
 */
record RegionSet(
        Map<Long, RegionShape> shapes,
        Map<Long, Integer> versions,
        RegionEventDetector detector,
        RegionIndex index,
        List<Envelope> boxes) {

    static RegionSet of(
            Collection<RegionShape> shapes,
            Map<Long, Integer> versions,
            EventRules rules,
            double exitBufferMeters,
            double marginDegrees) {
        RegionIndex index = new RegionIndex(shapes, exitBufferMeters);
        List<Envelope> boxes = shapes.stream()
                .map(shape -> {
                    Envelope box = new Envelope(shape.area().getEnvelopeInternal());
                    box.expandBy(marginDegrees);
                    return box;
                })
                .toList();
        return new RegionSet(
                shapes.stream().collect(Collectors.toUnmodifiableMap(RegionShape::id, Function.identity())),
                Map.copyOf(versions),
                new RegionEventDetector(index, rules),
                index,
                boxes);
    }

    /** The same regions limited to {@code ids} (those it does not hold are left out). */
    RegionSet only(Set<Long> ids, EventRules rules, double exitBufferMeters, double marginDegrees) {
        List<RegionShape> kept =
                shapes.values().stream().filter(s -> ids.contains(s.id())).toList();
        return of(kept, versions, rules, exitBufferMeters, marginDegrees);
    }

    boolean isEmpty() {
        return shapes.isEmpty();
    }

    Long[] ids() {
        return shapes.keySet().stream().sorted().toArray(Long[]::new);
    }

    int version(long regionId) {
        return versions.getOrDefault(regionId, 1);
    }
}
