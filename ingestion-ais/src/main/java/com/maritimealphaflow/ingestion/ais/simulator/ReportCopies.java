package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.time.Instant;

/** Copies of reports with one field changed: a new time for live traffic, a broken MMSI for malformed lines. */
final class ReportCopies {

    private ReportCopies() {}

    static AisReport withTime(AisReport report, Instant time) {
        return copy(report, report.mmsi(), time);
    }

    static AisReport withMmsi(AisReport report, int mmsi) {
        return copy(report, mmsi, report.time());
    }

    static PositionReport withLatitude(PositionReport p, double latitude) {
        return new PositionReport(
                p.mmsi(),
                p.time(),
                latitude,
                p.longitude(),
                p.speedOverGround(),
                p.courseOverGround(),
                p.heading(),
                p.navigationalStatus(),
                p.messageType());
    }

    private static AisReport copy(AisReport report, int mmsi, Instant time) {
        if (report instanceof PositionReport p) {
            return new PositionReport(
                    mmsi,
                    time,
                    p.latitude(),
                    p.longitude(),
                    p.speedOverGround(),
                    p.courseOverGround(),
                    p.heading(),
                    p.navigationalStatus(),
                    p.messageType());
        }
        StaticReport s = (StaticReport) report;
        return new StaticReport(
                mmsi,
                time,
                s.name(),
                s.callSign(),
                s.imo(),
                s.shipType(),
                s.destination(),
                s.eta(),
                s.toBow(),
                s.toStern(),
                s.toPort(),
                s.toStarboard(),
                s.draught(),
                s.messageType());
    }
}
