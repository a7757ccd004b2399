package com.maritimealphaflow.ingestion.ais.history.csv;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.time.Instant;

/**
 * What one archive row says about a vessel, already in AIS codes with "not available" values as null. Archive rows
 * carry a position and the vessel's static data together; they become one {@link AisDecoding.Reports} with a
 * {@link PositionReport} and, when any static value is known, a {@link StaticReport}.
 *
 * <p>Archives have no AIS message type, so one is chosen from the transceiver class: class A rows become types 1
 * (position) and 5 (static), class B rows 18 and 24, the types a receiver would have decoded them from. A row whose
 * position is not available (latitude 91 or longitude 181, or empty) still carries static data worth keeping: it
 * becomes the static report alone, and is rejected only when it has nothing else.
 */
record VesselRow(
        int mmsi,
        Instant time,
        boolean classB,
        Double latitude,
        Double longitude,
        Double sog,
        Double cog,
        Integer heading,
        Integer navigationalStatus,
        String name,
        String callSign,
        Integer imo,
        Integer shipType,
        String destination,
        Instant eta,
        Dimensions dimensions,
        Double draught) {

    private static final double LATITUDE_NOT_AVAILABLE = 91;
    private static final double LONGITUDE_NOT_AVAILABLE = 181;

    AisDecoding decoding() {
        StaticReport statics = staticReport();
        if (latitude == null || latitude == LATITUDE_NOT_AVAILABLE) {
            return statics != null
                    ? AisDecoding.Reports.of(statics)
                    : new AisDecoding.Rejected(RejectReason.LATITUDE_NOT_AVAILABLE, "latitude not available");
        }
        if (longitude == null || longitude == LONGITUDE_NOT_AVAILABLE) {
            return statics != null
                    ? AisDecoding.Reports.of(statics)
                    : new AisDecoding.Rejected(RejectReason.LONGITUDE_NOT_AVAILABLE, "longitude not available");
        }
        PositionReport position = new PositionReport(
                mmsi,
                time,
                latitude,
                longitude,
                sog,
                cog,
                heading,
                classB ? null : navigationalStatus,
                classB ? 18 : 1);
        return statics == null ? AisDecoding.Reports.of(position) : AisDecoding.Reports.of(position, statics);
    }

    private StaticReport staticReport() {
        if (name == null
                && callSign == null
                && imo == null
                && shipType == null
                && destination == null
                && eta == null
                && dimensions == Dimensions.NOT_AVAILABLE
                && draught == null) {
            return null;
        }
        return new StaticReport(
                mmsi,
                time,
                name,
                callSign,
                imo,
                shipType,
                destination,
                eta,
                dimensions.toBow(),
                dimensions.toStern(),
                dimensions.toPort(),
                dimensions.toStarboard(),
                draught,
                classB ? 24 : 5);
    }

    /**
     * Metres from the reference point to bow (A), stern (B), port (C) and starboard (D). All four 0 or empty means
     * not available; a single 0 can be real (the reference point on the bow).
     */
    record Dimensions(Integer toBow, Integer toStern, Integer toPort, Integer toStarboard) {

        static final Dimensions NOT_AVAILABLE = new Dimensions(null, null, null, null);

        static Dimensions of(Integer toBow, Integer toStern, Integer toPort, Integer toStarboard) {
            if (zeroOrNull(toBow) && zeroOrNull(toStern) && zeroOrNull(toPort) && zeroOrNull(toStarboard)) {
                return NOT_AVAILABLE;
            }
            return new Dimensions(toBow, toStern, toPort, toStarboard);
        }

        private static boolean zeroOrNull(Integer value) {
            return value == null || value == 0;
        }
    }
}
