package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.ingestion.ais.history.csv.CsvColumnMapping;
import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.service.BadRequestException;
import com.maritimealphaflow.service.text.Echo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How an import reads and what it keeps, checked from a request: the one place its options are parsed, when the
 * request arrives (a bad one is a 400 naming the parameter) and again when a stored job is run or resumed.
 */
record ImportOptions(
        ArchiveFormat format,
        List<GeoBox> boxes,
        Set<VesselCategory> categories,
        int thinSeconds,
        CsvColumnMapping mapping) {

    static final int MAX_BOXES = 50;
    static final int MAX_THIN_SECONDS = 86_400;

    static ImportOptions of(AisImportRequest request) {
        ArchiveFormat format = format(request.source());
        return new ImportOptions(
                format,
                boxes(request.boundingBoxes()),
                categories(request.categories()),
                thin(request.thinSeconds()),
                mapping(format, request.mapping()));
    }

    ImportFilter filter() {
        return new ImportFilter(boxes, categories, thinSeconds);
    }

    ArchiveFormat.FileReader reader() {
        return format.reader(mapping);
    }

    static ArchiveFormat format(String source) {
        if (source == null || source.isBlank()) {
            throw new BadRequestException("source", "'source' is required: " + ArchiveFormat.keys());
        }
        return ArchiveFormat.parse(source.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadRequestException(
                        "source", "unknown source '" + Echo.quoted(source) + "': " + ArchiveFormat.keys()));
    }

    private static List<GeoBox> boxes(List<List<List<Double>>> requested) {
        if (requested == null) {
            return List.of();
        }
        if (requested.size() > MAX_BOXES) {
            throw new BadRequestException("boundingBoxes", "at most " + MAX_BOXES + " bounding boxes");
        }
        List<GeoBox> boxes = new ArrayList<>();
        for (List<List<Double>> corners : requested) {
            if (corners == null || corners.size() != 2 || !corner(corners.get(0)) || !corner(corners.get(1))) {
                throw new BadRequestException(
                        "boundingBoxes",
                        "each bounding box is two corners [[lat, lon], [lat, lon]], latitudes within ±90 and"
                                + " longitudes within ±180");
            }
            boxes.add(GeoBox.of(corners.get(0), corners.get(1)));
        }
        return boxes;
    }

    private static boolean corner(List<Double> corner) {
        return corner != null
                && corner.size() == 2
                && corner.get(0) != null
                && corner.get(1) != null
                && Math.abs(corner.get(0)) <= 90
                && Math.abs(corner.get(1)) <= 180;
    }

    private static Set<VesselCategory> categories(List<String> requested) {
        Set<VesselCategory> categories = EnumSet.noneOf(VesselCategory.class);
        if (requested == null) {
            return categories;
        }
        for (String key : requested) {
            try {
                categories.add(VesselCategory.fromKey(key == null ? "" : key.strip()));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(
                        "categories",
                        "unknown category '" + Echo.quoted(key) + "': one of "
                                + EnumSet.allOf(VesselCategory.class).stream()
                                        .map(VesselCategory::key)
                                        .toList());
            }
        }
        return categories;
    }

    private static int thin(Integer seconds) {
        if (seconds == null) {
            return 0;
        }
        if (seconds < 0 || seconds > MAX_THIN_SECONDS) {
            throw new BadRequestException(
                    "thinSeconds", "'thinSeconds' must be between 0 (keep every position) and " + MAX_THIN_SECONDS);
        }
        return seconds;
    }

    private static CsvColumnMapping mapping(ArchiveFormat format, AisImportRequest.Mapping mapping) {
        if (format != ArchiveFormat.CSV) {
            if (mapping != null) {
                throw new BadRequestException(
                        "mapping", "'mapping' is for source csv only: " + format.key() + " files have known columns");
            }
            return null;
        }
        if (mapping == null) {
            throw new BadRequestException(
                    "mapping",
                    "source csv needs 'mapping': {\"columns\": {\"mmsi\": …, \"time\": …, \"latitude\": …,"
                            + " \"longitude\": …}, \"timeFormat\": \"yyyy-MM-dd HH:mm:ss\", \"timeZone\": \"UTC\"}");
        }
        try {
            return new CsvColumnMapping(mapping.columns(), mapping.timeFormat(), mapping.timeZone());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("mapping", e.getMessage());
        }
    }
}
