package com.maritimealphaflow.ingestion.ais.aisstream;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * aisstream.io messages in the shape its documentation shows (every field it sends, {@code Dimension} singular,
 * {@code time_utc} in Go's format), for the fake server to stream with times near now.
 */
final class AisstreamJson {

    private AisstreamJson() {}

    static String positionReport(
            int mmsi, Instant time, double lat, double lon, double sog, double cog, int heading, int status) {
        return envelope(
                "PositionReport",
                mmsi,
                time,
                lat,
                lon,
                """
                {"Cog":%s,"CommunicationState":59916,"Latitude":%s,"Longitude":%s,"MessageID":1,\
                "NavigationalStatus":%d,"PositionAccuracy":true,"Raim":false,"RateOfTurn":0,"RepeatIndicator":0,\
                "Sog":%s,"Spare":0,"SpecialManoeuvreIndicator":0,"Timestamp":24,"TrueHeading":%d,"UserID":%d,\
                "Valid":true}"""
                        .formatted(num(cog), num(lat), num(lon), status, num(sog), heading, mmsi));
    }

    static String classBPosition(int mmsi, Instant time, double lat, double lon, double sog, double cog) {
        return envelope(
                "StandardClassBPositionReport",
                mmsi,
                time,
                lat,
                lon,
                """
                {"AssignedMode":false,"ClassBBand":true,"ClassBDisplay":false,"ClassBDsc":true,"ClassBMsg22":true,\
                "ClassBUnit":true,"Cog":%s,"CommunicationState":393222,"CommunicationStateIsItdma":true,\
                "Latitude":%s,"Longitude":%s,"MessageID":18,"PositionAccuracy":false,"Raim":true,\
                "RepeatIndicator":0,"Sog":%s,"Spare1":0,"Spare2":0,"Timestamp":31,"TrueHeading":511,"UserID":%d,\
                "Valid":true}"""
                        .formatted(num(cog), num(lat), num(lon), num(sog), mmsi));
    }

    static String extendedClassB(
            int mmsi, Instant time, double lat, double lon, String name, int type, int a, int b, int c, int d) {
        return envelope(
                "ExtendedClassBPositionReport",
                mmsi,
                time,
                lat,
                lon,
                """
                {"AssignedMode":false,"Cog":45,"Dimension":{"A":%d,"B":%d,"C":%d,"D":%d},"Dte":true,"FixType":1,\
                "Latitude":%s,"Longitude":%s,"MessageID":19,"Name":"%s","PositionAccuracy":true,"Raim":false,\
                "RepeatIndicator":0,"Sog":0.2,"Spare1":0,"Spare2":0,"Spare3":0,"Timestamp":12,"TrueHeading":44,\
                "Type":%d,"UserID":%d,"Valid":true}"""
                        .formatted(a, b, c, d, num(lat), num(lon), name, type, mmsi));
    }

    /** A type 5 message; {@code eta} is sent as month, day, hour and minute, as AIS does. */
    static String shipStaticData(
            int mmsi,
            Instant time,
            String name,
            String callSign,
            int imo,
            int type,
            String destination,
            Instant eta,
            int a,
            int b,
            int c,
            int d,
            double draught) {
        LocalDateTime e = LocalDateTime.ofInstant(eta, ZoneOffset.UTC);
        return envelope(
                "ShipStaticData",
                mmsi,
                time,
                51.9,
                3.7,
                """
                {"AisVersion":2,"CallSign":"%s","Destination":"%s","Dimension":{"A":%d,"B":%d,"C":%d,"D":%d},\
                "Dte":false,"Eta":{"Day":%d,"Hour":%d,"Minute":%d,"Month":%d},"FixType":1,"ImoNumber":%d,\
                "MaximumStaticDraught":%s,"MessageID":5,"Name":"%s","RepeatIndicator":0,"Spare":false,"Type":%d,\
                "UserID":%d,"Valid":true}"""
                        .formatted(
                                callSign,
                                destination,
                                a,
                                b,
                                c,
                                d,
                                e.getDayOfMonth(),
                                e.getHour(),
                                e.getMinute(),
                                e.getMonthValue(),
                                imo,
                                num(draught),
                                name,
                                type,
                                mmsi));
    }

    static String staticDataPartA(int mmsi, Instant time, String name) {
        return envelope(
                "StaticDataReport",
                mmsi,
                time,
                50.8,
                -1.3,
                """
                {"MessageID":24,"PartNumber":false,"RepeatIndicator":0,"ReportA":{"Name":"%s","Valid":true},\
                "ReportB":{"CallSign":"","Dimension":{"A":0,"B":0,"C":0,"D":0},"FixType":0,"ShipType":0,"Spare":0,\
                "Valid":false,"VenderIDModel":0,"VenderIDSerial":0,"VendorIDName":""},"Reserved":0,"UserID":%d,\
                "Valid":true}"""
                        .formatted(name, mmsi));
    }

    static String staticDataPartB(int mmsi, Instant time, int type, String callSign, int a, int b, int c, int d) {
        return envelope(
                "StaticDataReport",
                mmsi,
                time,
                50.8,
                -1.3,
                """
                {"MessageID":24,"PartNumber":true,"RepeatIndicator":0,"ReportA":{"Name":"","Valid":false},\
                "ReportB":{"CallSign":"%s","Dimension":{"A":%d,"B":%d,"C":%d,"D":%d},"FixType":0,"ShipType":%d,\
                "Spare":0,"Valid":true,"VenderIDModel":1,"VenderIDSerial":4711,"VendorIDName":"SRT"},\
                "Reserved":0,"UserID":%d,"Valid":true}"""
                        .formatted(callSign, a, b, c, d, type, mmsi));
    }

    static String baseStationReport(int mmsi, Instant time) {
        return envelope(
                "BaseStationReport",
                mmsi,
                time,
                53.54,
                9.97,
                """
                {"CommunicationState":81920,"FixType":7,"Latitude":53.54,"LongRangeEnable":false,"Longitude":9.97,\
                "MessageID":4,"PositionAccuracy":false,"Raim":false,"RepeatIndicator":0,"Spare":0,"UserID":%d,\
                "UtcDay":25,"UtcHour":9,"UtcMinute":47,"UtcMonth":4,"UtcSecond":33,"UtcYear":2026,"Valid":true}"""
                        .formatted(mmsi));
    }

    /** Go's default format, as aisstream.io sends it: as many fraction digits as needed, none for whole seconds. */
    static String timeUtc(Instant time) {
        LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "%04d-%02d-%02d %02d:%02d:%02d",
                t.getYear(),
                t.getMonthValue(),
                t.getDayOfMonth(),
                t.getHour(),
                t.getMinute(),
                t.getSecond()));
        if (t.getNano() > 0) {
            text.append('.')
                    .append(String.format(Locale.ROOT, "%09d", t.getNano()).replaceAll("0+$", ""));
        }
        return text.append(" +0000 UTC").toString();
    }

    private static String envelope(String type, int mmsi, Instant time, double lat, double lon, String body) {
        return """
                {"Message":{"%s":%s},"MessageType":"%s","MetaData":{"MMSI":%d,"MMSI_String":%d,"ShipName":"",\
                "latitude":%s,"longitude":%s,"time_utc":"%s"}}"""
                .formatted(type, body, type, mmsi, mmsi, num(lat), num(lon), timeUtc(time));
    }

    private static String num(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
