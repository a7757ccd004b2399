package com.maritimealphaflow.aggregation.shipcounts;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link VesselCategory#ofShipType} turned into ranges of codes for SQL, so that the counting queries categorise
 * vessels in the database with the Java mapping itself rather than a copy of it. Every value a {@code smallint}
 * column can hold is covered; a vessel without a type (no static data, or a null code) is {@link #unknown()}.
 */
final class ShipTypeRanges {

    /** Codes {@code firstCode..lastCode} (both included) are {@code category}. */
    record Range(int firstCode, int lastCode, VesselCategory category) {}

    private final List<Range> ranges;
    private final VesselCategory unknown;

    private ShipTypeRanges(List<Range> ranges, VesselCategory unknown) {
        this.ranges = List.copyOf(ranges);
        this.unknown = unknown;
    }

    static ShipTypeRanges of(Function<Integer, VesselCategory> mapping) {
        List<Range> ranges = new ArrayList<>();
        int first = Short.MIN_VALUE;
        VesselCategory current = mapping.apply(first);
        for (int code = Short.MIN_VALUE + 1; code <= Short.MAX_VALUE; code++) {
            VesselCategory category = mapping.apply(code);
            if (category != current) {
                ranges.add(new Range(first, code - 1, current));
                first = code;
                current = category;
            }
        }
        ranges.add(new Range(first, Short.MAX_VALUE, current));
        return new ShipTypeRanges(ranges, mapping.apply(null));
    }

    static ShipTypeRanges ofVesselCategories() {
        return of(VesselCategory::ofShipType);
    }

    List<Range> ranges() {
        return ranges;
    }

    VesselCategory unknown() {
        return unknown;
    }

    /** A {@code VALUES} list of {@code (first_code, last_code, category)}; codes and keys are ours, not input. */
    String valuesSql() {
        return ranges.stream()
                .map(r -> "(" + r.firstCode() + ", " + r.lastCode() + ", '"
                        + r.category().key() + "')")
                .collect(Collectors.joining(", ", "(VALUES ", ")"));
    }
}
