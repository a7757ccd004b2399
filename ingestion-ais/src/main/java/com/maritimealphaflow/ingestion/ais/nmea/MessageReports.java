package com.maritimealphaflow.ingestion.ais.nmea;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.model.ais.AisEta;
import com.maritimealphaflow.model.ais.AisText;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import dk.dma.ais.binary.BinArray;
import dk.dma.ais.binary.SixbitException;
import dk.dma.ais.message.AisMessage;
import dk.dma.ais.message.AisMessage18;
import dk.dma.ais.message.AisMessage19;
import dk.dma.ais.message.AisMessage24;
import dk.dma.ais.message.AisMessage5;
import dk.dma.ais.message.AisMessageException;
import dk.dma.ais.message.AisPosition;
import dk.dma.ais.message.AisPositionMessage;
import dk.dma.ais.message.AisStaticCommon;
import dk.dma.ais.sentence.Vdm;
import java.time.Instant;
import java.util.Set;

/**
 * Turns a complete AIS message, decoded by AisLib, into our reports. AisLib keeps raw AIS units: positions in
 * 1/10000 minute, speed in 1/10 knot, course in 1/10 degree, draught in 1/10 metre; "not available" codes become null
 * here, except latitude 91 and longitude 181, which the sink counts as rejections of their own.
 */
final class MessageReports {

    private static final Set<Integer> STORED_TYPES = Set.of(1, 2, 3, 5, 18, 19, 24);
    private static final int HIGHEST_TYPE = 27;
    private static final double TEN_THOUSANDTH_MINUTES_PER_DEGREE = 600_000.0;
    private static final int SPEED_NOT_AVAILABLE = 1023;
    private static final int COURSE_NOT_AVAILABLE = 3600;
    private static final int HIGHEST_HEADING = 359;

    /**
     * A type 5 is 424 bits. Some transponders send 420, leaving off the DTE and spare flags and the last two bits of
     * the destination's last character (nearly always padding); padded with zeros they decode like the rest.
     */
    private static final int TYPE_5_BITS = 424;

    private static final int TYPE_5_SHORTEST_SEEN = 420;

    /** MMSIs 98MIDxxxx are craft associated with a parent ship; their type 24 B carries its MMSI, not dimensions. */
    private static final int AUXILIARY_CRAFT_PREFIX = 98;

    private MessageReports() {}

    static AisDecoding of(Vdm vdm, Instant reportedAt) {
        int type = vdm.getMsgId();
        if (!STORED_TYPES.contains(type)) {
            return type >= 1 && type <= HIGHEST_TYPE
                    ? new AisDecoding.Skipped("type_" + type)
                    : new AisDecoding.Rejected(
                            RejectReason.MALFORMED_SENTENCE, "no AIS message type " + type + ": " + lines(vdm));
        }
        try {
            if (type == 5) {
                padShortType5(vdm.getBinArray());
            }
            return reports(AisMessage.getInstance(vdm), reportedAt);
        } catch (AisMessageException | SixbitException | RuntimeException e) {
            return new AisDecoding.Rejected(
                    RejectReason.MALFORMED_SENTENCE, "type " + type + ": " + e.getMessage() + ": " + lines(vdm));
        }
    }

    private static AisDecoding reports(AisMessage message, Instant time) throws AisMessageException {
        int mmsi = message.getUserId();
        int type = message.getMsgId();
        if (message instanceof AisPositionMessage p) {
            return AisDecoding.Reports.of(position(
                    mmsi, time, p.getPos(), p.getSog(), p.getCog(), p.getTrueHeading(), p.getNavStatus(), type));
        }
        if (message instanceof AisMessage18 b) {
            return AisDecoding.Reports.of(
                    position(mmsi, time, b.getPos(), b.getSog(), b.getCog(), b.getTrueHeading(), null, type));
        }
        if (message instanceof AisMessage19 b) {
            PositionReport position =
                    position(mmsi, time, b.getPos(), b.getSog(), b.getCog(), b.getTrueHeading(), null, type);
            Dimensions dimensions = Dimensions.of(b);
            StaticReport data = new StaticReport(
                    mmsi,
                    time,
                    AisText.clean(b.getName()),
                    null,
                    null,
                    shipType(b.getShipType()),
                    null,
                    null,
                    dimensions.bow,
                    dimensions.stern,
                    dimensions.port,
                    dimensions.starboard,
                    null,
                    type);
            return AisDecoding.Reports.of(position, data);
        }
        if (message instanceof AisMessage5 v) {
            return AisDecoding.Reports.of(voyage(v, time));
        }
        if (message instanceof AisMessage24 s) {
            return AisDecoding.Reports.of(classBStatic(s, time));
        }
        throw new AisMessageException(
                "unexpected message class " + message.getClass().getSimpleName());
    }

    private static PositionReport position(
            int mmsi,
            Instant time,
            AisPosition position,
            int speed,
            int course,
            int heading,
            Integer navigationalStatus,
            int type) {
        return new PositionReport(
                mmsi,
                time,
                position.getLatitude() / TEN_THOUSANDTH_MINUTES_PER_DEGREE,
                position.getLongitude() / TEN_THOUSANDTH_MINUTES_PER_DEGREE,
                speed == SPEED_NOT_AVAILABLE ? null : speed / 10.0,
                course >= COURSE_NOT_AVAILABLE ? null : course / 10.0,
                heading > HIGHEST_HEADING ? null : heading,
                navigationalStatus,
                type);
    }

    private static StaticReport voyage(AisMessage5 v, Instant time) {
        long eta = v.getEta();
        int month = (int) (eta >> 16) & 0xF;
        int day = (int) (eta >> 11) & 0x1F;
        int hour = (int) (eta >> 6) & 0x1F;
        int minute = (int) eta & 0x3F;
        Dimensions dimensions = Dimensions.of(v);
        return new StaticReport(
                v.getUserId(),
                time,
                AisText.clean(v.getName()),
                AisText.clean(v.getCallsign()),
                v.getImo() == 0 ? null : (int) v.getImo(),
                shipType(v.getShipType()),
                AisText.clean(v.getDest()),
                AisEta.resolve(month, day, hour, minute, time),
                dimensions.bow,
                dimensions.stern,
                dimensions.port,
                dimensions.starboard,
                v.getDraught() == 0 ? null : v.getDraught() / 10.0,
                5);
    }

    private static StaticReport classBStatic(AisMessage24 s, Instant time) throws AisMessageException {
        int mmsi = s.getUserId();
        if (s.getPartNumber() == 0) {
            return new StaticReport(
                    mmsi,
                    time,
                    AisText.clean(s.getName()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    24);
        }
        if (s.getPartNumber() != 1) {
            throw new AisMessageException("type 24 part number " + s.getPartNumber());
        }
        Dimensions dimensions = mmsi / 10_000_000 == AUXILIARY_CRAFT_PREFIX ? Dimensions.NONE : Dimensions.of(s);
        return new StaticReport(
                mmsi,
                time,
                null,
                AisText.clean(s.getCallsign()),
                null,
                shipType(s.getShipType()),
                null,
                null,
                dimensions.bow,
                dimensions.stern,
                dimensions.port,
                dimensions.starboard,
                null,
                24);
    }

    /** 0 is "not available": null, so that merging never overwrites a known type with it. */
    private static Integer shipType(int code) {
        return code == 0 ? null : code;
    }

    private static void padShortType5(BinArray bits) {
        int missing = TYPE_5_BITS - bits.getLength();
        if (missing > 0 && bits.getLength() >= TYPE_5_SHORTEST_SEEN) {
            bits.append(0, missing);
        }
    }

    private static String lines(Vdm vdm) {
        return String.join(" ", vdm.getRawSentences());
    }

    /** Metres from the reference point; all four 0 means none were given, not a vessel of no size. */
    private record Dimensions(Integer bow, Integer stern, Integer port, Integer starboard) {
        static final Dimensions NONE = new Dimensions(null, null, null, null);

        static Dimensions of(AisStaticCommon message) {
            if (message.getDimBow() == 0
                    && message.getDimStern() == 0
                    && message.getDimPort() == 0
                    && message.getDimStarboard() == 0) {
                return NONE;
            }
            return new Dimensions(
                    message.getDimBow(), message.getDimStern(), message.getDimPort(), message.getDimStarboard());
        }
    }
}
