package com.maritimealphaflow.ingestion.ais.history.csv;

import com.maritimealphaflow.ingestion.ais.RejectReason;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The fields of one row, read strictly: an empty field is null, a field that is there but does not parse rejects
 * the row ({@link BadValue}) rather than being taken as absent. Column indexes of -1 (not in this file) read as null.
 */
final class CsvRow {

    private final List<String> fields;
    private final CsvHeader header;

    CsvRow(List<String> fields, CsvHeader header) {
        this.fields = fields;
        this.header = header;
    }

    /** The trimmed text of a column, or null when the column is absent or empty. */
    String text(int column) {
        if (column < 0) {
            return null;
        }
        String value = fields.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    int mmsi(int column) {
        String text = text(column);
        if (text == null) {
            throw new BadValue(RejectReason.MISSING_FIELD, "MMSI is empty");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadValue(RejectReason.INVALID_MMSI, "MMSI '" + text + "' is not a number");
        }
    }

    Instant time(int column, DateTimeFormatter format) {
        String text = text(column);
        if (text == null) {
            throw new BadValue(RejectReason.MISSING_FIELD, "the time is empty");
        }
        return instant(column, text, format);
    }

    /** An optional time such as an ETA: null when empty, rejected when present but unparsable. */
    Instant optionalTime(int column, DateTimeFormatter format) {
        String text = text(column);
        return text == null ? null : instant(column, text, format);
    }

    Double decimal(int column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw malformed(column, text, "not a number");
        }
    }

    /** A whole number, also when written with a zero fraction ({@code 70.0}), as some exports do. */
    Integer whole(int column) {
        Double value = decimal(column);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            throw malformed(column, text(column), "not a whole number");
        }
        return value.intValue();
    }

    /** A whole number within [min, max], or null: AIS uses the values outside for "not available". */
    Integer wholeBetween(int column, int min, int max) {
        Integer value = whole(column);
        return value != null && value >= min && value <= max ? value : null;
    }

    /** A value below AIS's "not available" code (speed 102.3, course 360), else null. */
    Double decimalBelow(int column, double notAvailable) {
        Double value = decimal(column);
        return value == null || value < 0 || value >= notAvailable ? null : value;
    }

    /** A positive IMO number, written {@code 9307839} or {@code IMO9307839}; 0 is AIS's "not available". */
    Integer imo(int column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        String digits =
                text.regionMatches(true, 0, "IMO", 0, 3) ? text.substring(3).strip() : text;
        try {
            int imo = Integer.parseInt(digits);
            return imo > 0 ? imo : null;
        } catch (NumberFormatException e) {
            throw malformed(column, text, "not an IMO number");
        }
    }

    /** A positive value (a draught), else null: AIS sends 0 for "not available". */
    Double positive(int column) {
        Double value = decimal(column);
        return value != null && value > 0 ? value : null;
    }

    private Instant instant(int column, String text, DateTimeFormatter format) {
        try {
            return format.parse(text, Instant::from);
        } catch (DateTimeParseException e) {
            throw malformed(column, text, "not a time");
        }
    }

    private BadValue malformed(int column, String text, String what) {
        return new BadValue(
                RejectReason.MALFORMED_ROW, "column " + header.name(column) + ": '" + text + "' is " + what);
    }
}
