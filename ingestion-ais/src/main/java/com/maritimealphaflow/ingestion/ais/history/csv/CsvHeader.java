package com.maritimealphaflow.ingestion.ais.history.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The column names of a CSV file, found by name whatever their order. Names compare without case, spaces,
 * underscores or a leading {@code #}, so NOAA's {@code BaseDateTime} and {@code base_date_time} are one column and
 * DMA's {@code # Timestamp} is {@code timestamp}.
 */
final class CsvHeader {

    private final List<String> columns;
    private final List<String> names;

    CsvHeader(List<String> columns) {
        this.columns = List.copyOf(columns);
        List<String> normalized = new ArrayList<>(columns.size());
        for (String column : columns) {
            normalized.add(normalize(column));
        }
        this.names = List.copyOf(normalized);
    }

    /** The column's name as the file writes it. */
    String name(int index) {
        return columns.get(index).strip();
    }

    int size() {
        return names.size();
    }

    /** The index of the first column with any of these names, or -1. */
    int indexOf(String... aliases) {
        for (String alias : aliases) {
            int index = names.indexOf(normalize(alias));
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    /** Like {@link #indexOf}, but a missing column means the file is not of the expected format. */
    int require(String... aliases) {
        int index = indexOf(aliases);
        if (index < 0) {
            throw new HistoryFormatException("the header has no column " + String.join(" or ", aliases));
        }
        return index;
    }

    static String normalize(String name) {
        StringBuilder normalized = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '#' && c != '\uFEFF') {
                normalized.append(c);
            }
        }
        return normalized.toString().toLowerCase(Locale.ROOT);
    }
}
