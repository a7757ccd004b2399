package com.maritimealphaflow.ingestion.ais.simulator;

import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Writes reports as aisstream.io JSON messages in the shapes aisstream sends: {@code PositionReport} (types 1 and 3),
 * {@code StandardClassBPositionReport} (18), {@code ShipStaticData} (5) and {@code StaticDataReport} (24, part A or
 * B with the other part present but not valid). Text is space-padded to its AIS field width, "not available" is
 * written as AIS codes it (speed 102.3, course 360, heading 511, status 15, ETA month 0), and {@code time_utc}
 * looks like Go's time formatting, as aisstream's does. Hand-written rather than through a JSON library because
 * the fields are few and fixed and a benchmark file of a million lines should take seconds.
 */
final class AisstreamLines {

    private static final int NAME_WIDTH = 20;
    private static final int CALL_SIGN_WIDTH = 7;
    private static final int DESTINATION_WIDTH = 20;

    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate;

    /**
     * Appends one message, without a line break.
     *
     * @param shipName the name aisstream puts in the metadata; null or blank for a vessel it has no name for
     * @param latitude the vessel's last known position, which aisstream adds to the metadata of every message
     */
    void append(StringBuilder out, AisReport report, String shipName, double latitude, double longitude) {
        if (report instanceof PositionReport p) {
            if (p.messageType() == 18) {
                classBPosition(out, p, shipName);
            } else {
                classAPosition(out, p, shipName);
            }
        } else {
            StaticReport s = (StaticReport) report;
            if (s.messageType() == 24) {
                staticDataReport(out, s, shipName, latitude, longitude);
            } else {
                shipStaticData(out, s, shipName, latitude, longitude);
            }
        }
    }

    private void classAPosition(StringBuilder out, PositionReport p, String shipName) {
        out.append("{\"MessageType\":\"PositionReport\",");
        metaData(out, p.mmsi(), shipName, p.latitude(), p.longitude(), p.time());
        out.append(",\"Message\":{\"PositionReport\":{\"Cog\":");
        decimal(out, p.courseOverGround() == null ? 360 : p.courseOverGround(), 1);
        out.append(",\"CommunicationState\":").append(communicationState(p));
        out.append(",\"Latitude\":");
        decimal(out, p.latitude(), 6);
        out.append(",\"Longitude\":");
        decimal(out, p.longitude(), 6);
        out.append(",\"MessageID\":").append(p.messageType());
        out.append(",\"NavigationalStatus\":").append(p.navigationalStatus() == null ? 15 : p.navigationalStatus());
        out.append(",\"PositionAccuracy\":true,\"Raim\":false,\"RateOfTurn\":0,\"RepeatIndicator\":0,\"Sog\":");
        decimal(out, p.speedOverGround() == null ? 102.3 : p.speedOverGround(), 1);
        out.append(",\"Spare\":0,\"SpecialManoeuvreIndicator\":0,\"Timestamp\":")
                .append(second(p.time()));
        out.append(",\"TrueHeading\":").append(p.heading() == null ? 511 : p.heading());
        out.append(",\"UserID\":").append(p.mmsi());
        out.append(",\"Valid\":true}}}");
    }

    private void classBPosition(StringBuilder out, PositionReport p, String shipName) {
        out.append("{\"MessageType\":\"StandardClassBPositionReport\",");
        metaData(out, p.mmsi(), shipName, p.latitude(), p.longitude(), p.time());
        out.append(",\"Message\":{\"StandardClassBPositionReport\":{\"AssignedMode\":false,\"ClassBBand\":true,"
                + "\"ClassBDisplay\":false,\"ClassBDsc\":true,\"ClassBMsg22\":true,\"ClassBUnit\":true,\"Cog\":");
        decimal(out, p.courseOverGround() == null ? 360 : p.courseOverGround(), 1);
        out.append(",\"CommunicationState\":").append(communicationState(p));
        out.append(",\"CommunicationStateIsItdma\":true,\"Latitude\":");
        decimal(out, p.latitude(), 6);
        out.append(",\"Longitude\":");
        decimal(out, p.longitude(), 6);
        out.append(",\"MessageID\":18,\"PositionAccuracy\":false,\"Raim\":false,\"RepeatIndicator\":0,\"Sog\":");
        decimal(out, p.speedOverGround() == null ? 102.3 : p.speedOverGround(), 1);
        out.append(",\"Spare1\":0,\"Spare2\":0,\"Timestamp\":").append(second(p.time()));
        out.append(",\"TrueHeading\":").append(p.heading() == null ? 511 : p.heading());
        out.append(",\"UserID\":").append(p.mmsi());
        out.append(",\"Valid\":true}}}");
    }

    private void shipStaticData(StringBuilder out, StaticReport s, String shipName, double lat, double lon) {
        out.append("{\"MessageType\":\"ShipStaticData\",");
        metaData(out, s.mmsi(), shipName, lat, lon, s.time());
        out.append(",\"Message\":{\"ShipStaticData\":{\"AisVersion\":0,\"CallSign\":");
        string(out, s.callSign(), CALL_SIGN_WIDTH);
        out.append(",\"Destination\":");
        string(out, s.destination(), DESTINATION_WIDTH);
        out.append(",\"Dimension\":");
        dimension(out, s);
        out.append(",\"Dte\":false,\"Eta\":");
        eta(out, s.eta());
        out.append(",\"FixType\":1,\"ImoNumber\":").append(s.imo() == null ? 0 : s.imo());
        out.append(",\"MaximumStaticDraught\":");
        decimal(out, s.draught() == null ? 0 : s.draught(), 1);
        out.append(",\"MessageID\":5,\"Name\":");
        string(out, s.name(), NAME_WIDTH);
        out.append(",\"RepeatIndicator\":0,\"Spare\":false,\"Type\":").append(s.shipType() == null ? 0 : s.shipType());
        out.append(",\"UserID\":").append(s.mmsi());
        out.append(",\"Valid\":true}}}");
    }

    /** Part A carries the name, part B the rest; aisstream sends both objects and marks the absent one not valid. */
    private void staticDataReport(StringBuilder out, StaticReport s, String shipName, double lat, double lon) {
        boolean partA = s.name() != null;
        out.append("{\"MessageType\":\"StaticDataReport\",");
        metaData(out, s.mmsi(), shipName, lat, lon, s.time());
        out.append(",\"Message\":{\"StaticDataReport\":{\"MessageID\":24,\"PartNumber\":")
                .append(!partA);
        out.append(",\"ReportA\":{\"Name\":");
        string(out, partA ? s.name() : "", partA ? NAME_WIDTH : 0);
        out.append(",\"Valid\":").append(partA);
        out.append("},\"ReportB\":{\"CallSign\":");
        string(out, partA ? "" : s.callSign(), partA ? 0 : CALL_SIGN_WIDTH);
        out.append(",\"Dimension\":");
        if (partA) {
            out.append("{\"A\":0,\"B\":0,\"C\":0,\"D\":0}");
        } else {
            dimension(out, s);
        }
        out.append(",\"FixType\":0,\"ShipType\":").append(partA || s.shipType() == null ? 0 : s.shipType());
        out.append(",\"Spare\":0,\"Valid\":").append(!partA);
        out.append(",\"VenderIDModel\":0,\"VenderIDSerial\":0,\"VendorIDName\":\"\"}");
        out.append(",\"RepeatIndicator\":0,\"Reserved\":0,\"UserID\":").append(s.mmsi());
        out.append(",\"Valid\":true}}}");
    }

    private void metaData(StringBuilder out, int mmsi, String shipName, double lat, double lon, Instant time) {
        out.append("\"MetaData\":{\"MMSI\":").append(mmsi);
        out.append(",\"MMSI_String\":").append(mmsi);
        out.append(",\"ShipName\":");
        string(out, shipName, 0);
        out.append(",\"latitude\":");
        decimal(out, lat, 6);
        out.append(",\"longitude\":");
        decimal(out, lon, 6);
        out.append(",\"time_utc\":\"");
        time(out, time);
        out.append('"').append('}');
    }

    private static void dimension(StringBuilder out, StaticReport s) {
        out.append("{\"A\":").append(orZero(s.toBow()));
        out.append(",\"B\":").append(orZero(s.toStern()));
        out.append(",\"C\":").append(orZero(s.toPort()));
        out.append(",\"D\":").append(orZero(s.toStarboard())).append('}');
    }

    private static void eta(StringBuilder out, Instant eta) {
        if (eta == null) {
            out.append("{\"Day\":0,\"Hour\":24,\"Minute\":60,\"Month\":0}");
            return;
        }
        ZonedDateTime utc = eta.atZone(ZoneOffset.UTC);
        out.append("{\"Day\":").append(utc.getDayOfMonth());
        out.append(",\"Hour\":").append(utc.getHour());
        out.append(",\"Minute\":").append(utc.getMinute());
        out.append(",\"Month\":").append(utc.getMonthValue()).append('}');
    }

    /** {@code 2026-04-25 09:47:25.267464 +0000 UTC}: trailing zeros of the fraction dropped, as Go prints times. */
    private void time(StringBuilder out, Instant time) {
        long seconds = time.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
        }
        out.append(cachedDate).append(' ');
        twoDigits(out, secondOfDay / 3600);
        out.append(':');
        twoDigits(out, secondOfDay / 60 % 60);
        out.append(':');
        twoDigits(out, secondOfDay % 60);
        int nanos = time.getNano();
        if (nanos != 0) {
            int digits = 9;
            while (nanos % 10 == 0) {
                nanos /= 10;
                digits--;
            }
            out.append('.');
            String fraction = Integer.toString(nanos);
            for (int i = fraction.length(); i < digits; i++) out.append('0');
            out.append(fraction);
        }
        out.append(" +0000 UTC");
    }

    private static void twoDigits(StringBuilder out, int value) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** A number with at most {@code decimals} decimals, trailing zeros dropped ({@code 12.5}, {@code 0}). */
    static void decimal(StringBuilder out, double value, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        long scaled = Math.round(Math.abs(value) * scale);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / scale);
        long fraction = scaled % scale;
        if (fraction != 0) {
            int digits = decimals;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            out.append('.');
            String text = Long.toString(fraction);
            for (int i = text.length(); i < digits; i++) out.append('0');
            out.append(text);
        }
    }

    /** A JSON string, space-padded to {@code width}; null is the empty string. */
    private static void string(StringBuilder out, String value, int width) {
        out.append('"');
        String text = value == null ? "" : value;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        for (int i = text.length(); i < width; i++) out.append(' ');
        out.append('"');
    }

    private static int second(Instant time) {
        return (int) Math.floorMod(time.getEpochSecond(), 60);
    }

    /** The slot bookkeeping real transponders send; only its presence matters here. */
    private static long communicationState(PositionReport p) {
        return (p.mmsi() ^ p.time().getEpochSecond()) & 0x7FFFF;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
