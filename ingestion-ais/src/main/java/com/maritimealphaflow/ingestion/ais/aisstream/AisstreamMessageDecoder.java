package com.maritimealphaflow.ingestion.ais.aisstream;

import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.intBetween;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.number;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.requiredNumber;
import static com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.text;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisDecoding.Reports;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.ingestion.ais.aisstream.AisstreamFields.Unusable;
import com.maritimealphaflow.model.ais.PositionReport;
import java.time.Instant;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes one aisstream.io JSON message ({@code {"Message": {"<type>": {…}}, "MessageType": "<type>", "MetaData":
 * {…}}}) into reports. Position reports (AIS types 1–3, 18, 19) and static data (5, 19, 24) are decoded; other
 * message types are skipped by name. The report time is {@code MetaData.time_utc}, the MMSI the body's
 * {@code UserID}. Values AIS marks "not available" become null, except latitude 91 and longitude 181, which are kept
 * for the sink to count. Stateless and thread-safe: one instance serves the websocket and the replay of JSON lines.
 */
public final class AisstreamMessageDecoder {

    // Reading a tree costs a few microseconds a message; the mapper itself is built once and shared.
    private static final JsonMapper JSON = JsonMapper.shared();

    /** Speed over ground is sent in tenths of a knot; 1023 means not available. */
    private static final long SPEED_NOT_AVAILABLE_TENTHS = 1023;
    /** Course over ground is sent in tenths of a degree; 3600 means not available. */
    private static final long COURSE_NOT_AVAILABLE_TENTHS = 3600;

    private static final Map<String, BodyDecoder> DECODERS = Map.of(
            "PositionReport",
            (body, mmsi, time) -> Reports.of(
                    position(body, mmsi, time, classAMessageType(body), intBetween(body, "NavigationalStatus", 0, 15))),
            "StandardClassBPositionReport",
            (body, mmsi, time) -> Reports.of(position(body, mmsi, time, 18, null)),
            "ExtendedClassBPositionReport",
            (body, mmsi, time) -> Reports.of(
                    position(body, mmsi, time, 19, null), AisstreamStaticData.extendedClassB(body, mmsi, time)),
            "ShipStaticData",
            (body, mmsi, time) -> Reports.of(AisstreamStaticData.shipStaticData(body, mmsi, time)),
            "StaticDataReport",
            (body, mmsi, time) -> Reports.of(AisstreamStaticData.staticDataReport(body, mmsi, time)));

    public AisDecoding decode(String json) {
        JsonNode root;
        try {
            root = parse(json);
        } catch (JacksonException e) {
            return unparsable(e);
        }
        return decode(root);
    }

    JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    JsonNode parse(byte[] json, int offset, int length) {
        return JSON.readTree(json, offset, length);
    }

    static AisDecoding unparsable(JacksonException e) {
        String detail = e.getOriginalMessage();
        return new AisDecoding.Rejected(RejectReason.UNPARSABLE_JSON, detail == null ? e.toString() : detail);
    }

    /** The text of aisstream.io's {@code {"error": "…"}} frame, or null when the frame is anything else. */
    static String serverError(JsonNode root) {
        return root.isObject() ? text(root, "error") : null;
    }

    AisDecoding decode(JsonNode root) {
        if (!root.isObject()) {
            String what = root.isMissingNode() ? "an empty message" : "JSON but not an object";
            return new AisDecoding.Rejected(RejectReason.UNPARSABLE_JSON, what);
        }
        try {
            String type = text(root, "MessageType");
            if (type == null) {
                throw Unusable.missing("MessageType");
            }
            BodyDecoder decoder = DECODERS.get(type);
            if (decoder == null) {
                return new AisDecoding.Skipped(type);
            }
            JsonNode body = root.path("Message").get(type);
            if (body == null || !body.isObject()) {
                throw Unusable.missing("Message." + type);
            }
            JsonNode metaData = root.path("MetaData");
            return decoder.decode(body, mmsi(body, metaData), time(metaData));
        } catch (Unusable e) {
            return new AisDecoding.Rejected(e.reason, e.getMessage());
        }
    }

    /** Decodes the body of one message type, given the MMSI and time every message carries. */
    @FunctionalInterface
    private interface BodyDecoder {
        AisDecoding decode(JsonNode body, int mmsi, Instant time);
    }

    private static int mmsi(JsonNode body, JsonNode metaData) {
        JsonNode id = body.get("UserID");
        if (id == null || !id.isNumber()) {
            id = metaData.get("MMSI");
        }
        if (id == null || !id.isNumber()) {
            throw Unusable.missing("UserID (and MetaData.MMSI)");
        }
        if (!id.canConvertToInt()) {
            throw new Unusable(RejectReason.INVALID_MMSI, "MMSI " + id + " is not an MMSI");
        }
        return id.asInt();
    }

    private static Instant time(JsonNode metaData) {
        String text = text(metaData, "time_utc");
        if (text == null) {
            throw Unusable.missing("MetaData.time_utc");
        }
        Instant time = AisstreamTime.parse(text);
        if (time == null) {
            throw new Unusable(RejectReason.MISSING_FIELD, "MetaData.time_utc is not a time: " + text);
        }
        return time;
    }

    private static PositionReport position(
            JsonNode body, int mmsi, Instant time, int messageType, Integer navigationalStatus) {
        return new PositionReport(
                mmsi,
                time,
                requiredNumber(body, "Latitude"),
                requiredNumber(body, "Longitude"),
                belowTenths(number(body, "Sog"), SPEED_NOT_AVAILABLE_TENTHS),
                belowTenths(number(body, "Cog"), COURSE_NOT_AVAILABLE_TENTHS),
                intBetween(body, "TrueHeading", 0, 359),
                navigationalStatus,
                messageType);
    }

    /** Types 1, 2 and 3 share one JSON shape; {@code MessageID} tells them apart. */
    private static int classAMessageType(JsonNode body) {
        Integer id = intBetween(body, "MessageID", 1, 3);
        return id == null ? 1 : id;
    }

    /** The value, or null when it is missing, negative, or at or above the "not available" code. */
    private static Double belowTenths(Double value, long notAvailableTenths) {
        if (value == null || value < 0 || Math.round(value * 10) >= notAvailableTenths) {
            return null;
        }
        return value;
    }
}
