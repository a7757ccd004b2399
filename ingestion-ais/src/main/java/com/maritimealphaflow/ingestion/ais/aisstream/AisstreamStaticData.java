package com.maritimealphaflow.ingestion.ais.aisstream;

import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.intBetween;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.number;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.requiredObject;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.text;

import com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.Unusable;
import com.maritimealphaflow.model.ais.AisEta;
import com.maritimealphaflow.model.ais.AisText;
import com.maritimealphaflow.model.ais.StaticReport;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The static parts of aisstream.io messages: {@code ShipStaticData} (type 5), the name, type and dimensions of an
 * {@code ExtendedClassBPositionReport} (19) and either part of a {@code StaticDataReport} (24). Values AIS marks
 * "not available" (IMO 0, type 0, draught 0, all dimensions 0, ETA month 0, padding-only text) become null, so that
 * merging never overwrites what a vessel did send.
 */
final class AisstreamStaticData {

    private AisstreamStaticData() {}

    static StaticReport shipStaticData(JsonNode body, int mmsi, Instant time) {
        Dimensions dimensions = Dimensions.of(body.get("Dimension"));
        Double draught = number(body, "MaximumStaticDraught");
        return new StaticReport(
                mmsi,
                time,
                AisText.clean(text(body, "Name")),
                AisText.clean(text(body, "CallSign")),
                intBetween(body, "ImoNumber", 1, Integer.MAX_VALUE),
                shipType(body, "Type"),
                AisText.clean(text(body, "Destination")),
                eta(body.get("Eta"), time),
                dimensions.toBow(),
                dimensions.toStern(),
                dimensions.toPort(),
                dimensions.toStarboard(),
                draught == null || draught <= 0 ? null : draught,
                5);
    }

    static StaticReport extendedClassB(JsonNode body, int mmsi, Instant time) {
        Dimensions dimensions = Dimensions.of(body.get("Dimension"));
        return new StaticReport(
                mmsi,
                time,
                AisText.clean(text(body, "Name")),
                null,
                null,
                shipType(body, "Type"),
                null,
                null,
                dimensions.toBow(),
                dimensions.toStern(),
                dimensions.toPort(),
                dimensions.toStarboard(),
                null,
                19);
    }

    /** Type 24 comes in two parts: A ({@code PartNumber} false) names the vessel, B says what it is. */
    static StaticReport staticDataReport(JsonNode body, int mmsi, Instant time) {
        JsonNode partNumber = body.get("PartNumber");
        if (partNumber == null || !partNumber.isBoolean()) {
            throw Unusable.missing("Message.StaticDataReport.PartNumber");
        }
        if (!partNumber.booleanValue()) {
            JsonNode partA = requiredObject(body, "ReportA");
            String name = AisText.clean(text(partA, "Name"));
            return new StaticReport(mmsi, time, name, null, null, null, null, null, null, null, null, null, null, 24);
        }
        JsonNode partB = requiredObject(body, "ReportB");
        Dimensions dimensions = Dimensions.of(partB.get("Dimension"));
        return new StaticReport(
                mmsi,
                time,
                null,
                AisText.clean(text(partB, "CallSign")),
                null,
                shipType(partB, "ShipType"),
                null,
                null,
                dimensions.toBow(),
                dimensions.toStern(),
                dimensions.toPort(),
                dimensions.toStarboard(),
                null,
                24);
    }

    private static Integer shipType(JsonNode node, String field) {
        return intBetween(node, field, 1, 255);
    }

    /** AIS sends month, day, hour and minute; {@link AisEta} finds the year and the "not available" values. */
    private static Instant eta(JsonNode eta, Instant reportTime) {
        if (eta == null || !eta.isObject()) {
            return null;
        }
        Integer month = intBetween(eta, "Month", 0, 15);
        Integer day = intBetween(eta, "Day", 0, 31);
        Integer hour = intBetween(eta, "Hour", 0, 31);
        Integer minute = intBetween(eta, "Minute", 0, 63);
        if (month == null || day == null || hour == null || minute == null) {
            return null;
        }
        return AisEta.resolve(month, day, hour, minute, reportTime);
    }

    /**
     * Metres from the reference point to bow (A), stern (B), port (C) and starboard (D). All four 0 means not
     * available; a single 0 can be real (the reference point on the bow).
     */
    private record Dimensions(Integer toBow, Integer toStern, Integer toPort, Integer toStarboard) {

        static final Dimensions NOT_AVAILABLE = new Dimensions(null, null, null, null);

        static Dimensions of(JsonNode dimension) {
            if (dimension == null || !dimension.isObject()) {
                return NOT_AVAILABLE;
            }
            Integer a = intBetween(dimension, "A", 0, 511);
            Integer b = intBetween(dimension, "B", 0, 511);
            Integer c = intBetween(dimension, "C", 0, 63);
            Integer d = intBetween(dimension, "D", 0, 63);
            if (zeroOrNull(a) && zeroOrNull(b) && zeroOrNull(c) && zeroOrNull(d)) {
                return NOT_AVAILABLE;
            }
            return new Dimensions(a, b, c, d);
        }

        private static boolean zeroOrNull(Integer value) {
            return value == null || value == 0;
        }
    }
}
