package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import keeps of the rows it reads: positions inside its bounding boxes, vessels of its categories, and at
 * most one position per vessel per thinning interval. What it drops is {@link AisDecoding.Skipped} under a kind of its
 * own, so the file's {@code ingestion_log} row counts it. Rows that validation will reject (a latitude of 91, an MMSI
 * out of range) pass through untouched, to be rejected for their reason rather than counted as filtered.
 *
 * <p>Static data a row repeats from an earlier row of the same vessel is dropped from it ({@link RepeatedStatics}); the
 * position stays.
 *
 * <p>A vessel's category comes from the ship type on the same row (NOAA and DMA rows carry it) or from the last static
 * report of that vessel earlier in the import; a vessel whose type is not known yet is {@code unknown}. Not
 * thread-safe: one per reading thread, kept across the files of one import so thinning spans midnight.
 */
final class ImportFilter {

    static final String OUTSIDE_BOUNDS = "outside_bounds";
    static final String CATEGORY_NOT_KEPT = "category_not_kept";
    static final String THINNED = "thinned";

    private final List<GeoBox> boxes;
    private final Set<VesselCategory> categories;
    private final long thinSeconds;
    private final Map<Integer, Integer> shipTypes = new HashMap<>();
    private final Map<Integer, Instant> lastKept = new HashMap<>();
    private final RepeatedStatics statics = new RepeatedStatics();

    /**
     * @param boxes an empty list keeps the whole globe
     * @param categories an empty set keeps every category
     * @param thinSeconds 0 keeps every position
     */
    ImportFilter(List<GeoBox> boxes, Set<VesselCategory> categories, long thinSeconds) {
        this.boxes = List.copyOf(boxes);
        this.categories = Set.copyOf(categories);
        this.thinSeconds = thinSeconds;
    }

    /** Whether this filter drops anything at all. */
    boolean keepsEverything() {
        return boxes.isEmpty() && categories.isEmpty() && thinSeconds == 0;
    }

    /** What of a row is kept: the row, a {@link AisDecoding.Skipped}, or the row without its repeated static data. */
    AisDecoding apply(AisDecoding decoding) {
        return statics.apply(select(decoding));
    }

    private AisDecoding select(AisDecoding decoding) {
        if (!(decoding instanceof AisDecoding.Reports reports)) {
            return decoding;
        }
        PositionReport position = null;
        int mmsi = reports.reports().get(0).mmsi();
        for (AisReport report : reports.reports()) {
            if (report instanceof StaticReport s && s.shipType() != null && !categories.isEmpty()) {
                shipTypes.put(s.mmsi(), s.shipType());
            } else if (report instanceof PositionReport p) {
                position = p;
            }
        }
        if (position != null && !plausible(position)) {
            return decoding;
        }
        if (!categories.isEmpty() && !categories.contains(VesselCategory.ofShipType(shipTypes.get(mmsi)))) {
            return new AisDecoding.Skipped(CATEGORY_NOT_KEPT);
        }
        if (position == null) {
            return decoding;
        }
        if (!boxes.isEmpty() && !inBoxes(position)) {
            return new AisDecoding.Skipped(OUTSIDE_BOUNDS);
        }
        if (thinSeconds > 0) {
            Instant last = lastKept.get(position.mmsi());
            if (last != null && Math.abs(position.time().getEpochSecond() - last.getEpochSecond()) < thinSeconds) {
                return new AisDecoding.Skipped(THINNED);
            }
            lastKept.put(position.mmsi(), position.time());
        }
        return decoding;
    }

    private boolean inBoxes(PositionReport p) {
        for (GeoBox box : boxes) {
            if (box.contains(p.latitude(), p.longitude())) {
                return true;
            }
        }
        return false;
    }

    /** A position validation keeps: anything else is left for it to reject with its reason. */
    private static boolean plausible(PositionReport p) {
        return p.time() != null
                && p.latitude() >= -90
                && p.latitude() <= 90
                && p.longitude() >= -180
                && p.longitude() <= 180;
    }
}
