package com.maritimealphaflow.ingestion.ais.imports;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/ais/imports}, also stored with the job (normalised) so that a resumed job reads its
 * files the same way.
 *
 * @param source {@code noaa}, {@code dma}, {@code nmea} or {@code csv}
 * @param files paths under the import directory (files, or directories whose files are read in name order); or
 * @param from the first day to download ({@code yyyy-MM-dd}, UTC), with
 * @param to the last day, inclusive
 * @param boundingBoxes boxes of positions to keep, each {@code [[lat, lon], [lat, lon]]}; none keeps everything
 * @param categories vessel categories to keep ({@code cargo}, {@code tanker}, …); none keeps every vessel
 * @param thinSeconds keep at most one position per vessel per this many seconds; 0 or none keeps all
 * @param mapping for {@code csv}: which column holds each field, and how times are written
 */
public record AisImportRequest(
        String source,
        List<String> files,
        String from,
        String to,
        List<List<List<Double>>> boundingBoxes,
        List<String> categories,
        Integer thinSeconds,
        Mapping mapping) {

    /**
     * @param columns field ({@code mmsi}, {@code time}, {@code latitude}, {@code longitude}, …) to column name
     * @param timeFormat a {@code DateTimeFormatter} pattern
     * @param timeZone the zone of times written without an offset
     */
    public record Mapping(Map<String, String> columns, String timeFormat, String timeZone) {}
}
