package com.maritimealphaflow.ingestion.ais.history.csv;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to read an AIS archive CSV of another country: which column holds each {@link HistoryField} (by the field's
 * key, e.g. {@code "mmsi" -> "MMSI_NUMBER"}), and how its times (the report time and any ETA) are written. Values
 * must be in AIS codes and units. Invalid mappings are refused at construction with an
 * {@link IllegalArgumentException} that names the problem.
 *
 * @param columns field key to column name; {@code mmsi}, {@code time}, {@code latitude} and {@code longitude} are
 *     required
 * @param timeFormat a {@link DateTimeFormatter} pattern, e.g. {@code yyyy-MM-dd HH:mm:ss}
 * @param timeZone the zone of times written without an offset, e.g. {@code UTC}
 */
public record CsvColumnMapping(Map<String, String> columns, String timeFormat, String timeZone) {

    private static final HistoryField[] REQUIRED = {
        HistoryField.MMSI, HistoryField.TIME, HistoryField.LATITUDE, HistoryField.LONGITUDE
    };

    public CsvColumnMapping {
        if (columns == null) {
            throw new IllegalArgumentException("the column mapping is missing");
        }
        Map<HistoryField, String> fields = fieldsOf(columns);
        columns = Map.copyOf(columns);
        for (HistoryField field : REQUIRED) {
            if (!fields.containsKey(field)) {
                throw new IllegalArgumentException("the column mapping has no column for " + field.key());
            }
        }
        formatter(timeFormat, timeZone);
    }

    /** The mapped fields and their column names. */
    public Map<HistoryField, String> fields() {
        return fieldsOf(columns);
    }

    DateTimeFormatter timeFormatter() {
        return formatter(timeFormat, timeZone);
    }

    private static Map<HistoryField, String> fieldsOf(Map<String, String> columns) {
        Map<HistoryField, String> fields = new EnumMap<>(HistoryField.class);
        columns.forEach((key, column) -> {
            HistoryField field = HistoryField.fromKey(key);
            if (column == null || column.isBlank()) {
                throw new IllegalArgumentException("the column mapping names no column for " + key);
            }
            fields.put(field, column);
        });
        return fields;
    }

    private static DateTimeFormatter formatter(String timeFormat, String timeZone) {
        if (timeFormat == null || timeFormat.isBlank()) {
            throw new IllegalArgumentException("timeFormat is missing");
        }
        DateTimeFormatter formatter;
        try {
            formatter = DateTimeFormatter.ofPattern(timeFormat);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("timeFormat '" + timeFormat + "' is not a pattern: " + e.getMessage());
        }
        try {
            return formatter.withZone(ZoneId.of(Objects.requireNonNullElse(timeZone, "UTC")));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone '" + timeZone + "' is not a time zone");
        }
    }
}
