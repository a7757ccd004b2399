package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.dashboard.CsvResponses;
import java.util.List;

/** A region's series and events as CSV (RFC 4180), times in ISO-8601 UTC. */
final class RegionCsv {

    private RegionCsv() {}

    /** time, value, and the trailing average when the series has one. */
    static String series(RegionSeries series) {
        boolean average = series.averageDays() != null;
        StringBuilder csv = new StringBuilder(64 + series.points().size() * 40);
        csv.append("time,").append(series.metric()).append(average ? ",average\r\n" : "\r\n");
        for (RegionSeries.Point point : series.points()) {
            csv.append(point.time()).append(',').append(number(point.value()));
            if (average) {
                csv.append(',').append(number(point.average()));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String events(List<RegionEvent> events) {
        StringBuilder csv = new StringBuilder(128 + events.size() * 96);
        csv.append("id,mmsi,vessel_name,kind,started_at,ended_at,direction,direction_name,category,draught\r\n");
        for (RegionEvent e : events) {
            csv.append(e.id())
                    .append(',')
                    .append(e.mmsi())
                    .append(',')
                    .append(text(e.vesselName()))
                    .append(',')
                    .append(e.kind())
                    .append(',')
                    .append(e.startedAt())
                    .append(',')
                    .append(e.endedAt() == null ? "" : e.endedAt())
                    .append(',')
                    .append(text(e.direction()))
                    .append(',')
                    .append(text(e.directionName()))
                    .append(',')
                    .append(e.category())
                    .append(',')
                    .append(e.draught() == null ? "" : e.draught())
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String text(String value) {
        return value == null ? "" : CsvResponses.cell(value);
    }

    /** Whole numbers without a fraction, so that counts read as counts. */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
