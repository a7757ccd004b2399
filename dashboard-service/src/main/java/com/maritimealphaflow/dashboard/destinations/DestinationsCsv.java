package com.maritimealphaflow.dashboard.destinations;

import com.maritimealphaflow.dashboard.CsvResponses;
import com.maritimealphaflow.model.ais.VesselCategory;

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
            csv.append(CsvResponses.cell(row.destination())).append(',').append(row.vessels());
            for (VesselCategory category : VesselCategory.values()) {
                csv.append(',').append(row.perCategory().getOrDefault(category.key(), 0));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }
}
