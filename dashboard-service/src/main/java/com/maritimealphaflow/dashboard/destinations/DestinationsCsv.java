package com.maritimealphaflow.dashboard.destinations;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.util.List;

/** A destination table as CSV (RFC 4180): destination, vessels, then one column per vessel category. */
final class DestinationsCsv {

    private DestinationsCsv() {}

    static String of(DestinationTable table) {
        StringBuilder csv = new StringBuilder(64 + table.rows().size() * 48);
        csv.append("destination,vessels");
        for (VesselCategory category : VesselCategory.values()) {
            csv.append(',').append(category.key());
        }
        csv.append("\r\n");
        for (DestinationCount row : table.rows()) {
            csv.append(cell(row.destination())).append(',').append(row.vessels());
            for (VesselCategory category : VesselCategory.values()) {
                csv.append(',').append(row.perCategory().getOrDefault(category.key(), 0));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Quotes a cell when it needs it. Destinations are free text from radio messages: one that starts like a formula
     * ({@code = + - @}) gets a leading apostrophe so that a spreadsheet shows it instead of evaluating it.
     */
    static String cell(String value) {
        String safe =
                !value.isEmpty() && List.of('=', '+', '-', '@', '\t', '\r').contains(value.charAt(0))
                        ? "'" + value
                        : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
