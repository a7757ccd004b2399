package com.maritimealphaflow.ingestion.ais.history.csv;

import java.util.List;

/** Splits one CSV line at commas; a field in double quotes may hold commas and doubled quotes ({@code ""}). */
final class CsvFields {

    private CsvFields() {}

    /**
     * Puts the fields of {@code line} into {@code fields}.
     *
     * @return false when a quoted field is not closed or text follows its closing quote
     */
    static boolean split(String line, List<String> fields) {
        fields.clear();
        int length = line.length();
        int i = 0;
        while (true) {
            if (i < length && line.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i++;
                while (true) {
                    int quote = line.indexOf('"', i);
                    if (quote < 0) {
                        return false;
                    }
                    field.append(line, i, quote);
                    i = quote + 1;
                    if (i < length && line.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                fields.add(field.toString());
                if (i == length) {
                    return true;
                }
                if (line.charAt(i) != ',') {
                    return false;
                }
                i++;
            } else {
                int comma = line.indexOf(',', i);
                if (comma < 0) {
                    fields.add(line.substring(i));
                    return true;
                }
                fields.add(line.substring(i, comma));
                i = comma + 1;
            }
        }
    }
}
