package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.regions.events.RegionIndex;
import com.maritimealphaflow.aggregation.regions.events.RegionShape;
import com.maritimealphaflow.aggregation.regions.events.VesselPosition;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which vessels were inside which region in which window, from the positions of a range: the "vessels present" of
 * {@code region_count_agg}, counted per window in total and per category (a vessel in the category of its type as
 * known at the range's end).
 */
final class Presence {

    /** One region's count in one window and category. */
    record Count(long regionId, Instant windowStart, String category, int vessels) {}

    private record Key(long regionId, long windowStart) {}

    private final long windowMillis;
    private final Map<Key, Map<Long, VesselCategory>> seen = new HashMap<>();

    Presence(Duration window) {
        this.windowMillis = window.toMillis();
    }

    void add(RegionIndex index, VesselPosition position) {
        List<RegionShape> inside = index.containing(position.lon(), position.lat());
        if (inside.isEmpty()) {
            return;
        }
        long window = Math.floorDiv(position.time().toEpochMilli(), windowMillis) * windowMillis;
        for (RegionShape region : inside) {
            seen.computeIfAbsent(new Key(region.id(), window), key -> new HashMap<>())
                    .put(position.mmsi(), position.category());
        }
    }

    /** The counts, a {@code total} row for each region and window with anyone present and one per category seen. */
    List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        seen.forEach((key, vessels) -> {
            Instant start = Instant.ofEpochMilli(key.windowStart());
            counts.add(new Count(key.regionId(), start, RegionSeriesStore.TOTAL, vessels.size()));
            Map<VesselCategory, Integer> byCategory = new HashMap<>();
            vessels.values().forEach(category -> byCategory.merge(category, 1, Integer::sum));
            byCategory.forEach((category, n) -> counts.add(new Count(key.regionId(), start, category.key(), n)));
        });
        return counts;
    }
}
