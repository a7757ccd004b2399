package com.maritimealphaflow.model.ais;

import java.time.Instant;

/**
 * Static and voyage data about a vessel (AIS message types 5, 19 and 24). Any field may be null: a type 24
 * part A carries only the name, part B only the type, call sign and dimensions, so reports are merged per
 * vessel with {@link #mergedWith(StaticReport)}, later non-null values winning.
 *
 * @param imo the IMO number, null when absent or 0
 * @param shipType the AIS ship and cargo type code (0–99)
 * @param eta the estimated time of arrival, resolved to a year by {@link AisEta}
 * @param toBow metres from the reference point to the bow, likewise stern, port and starboard
 * @param draught metres
 */
public record StaticReport(
        int mmsi,
        Instant time,
        String name,
        String callSign,
        Integer imo,
        Integer shipType,
        String destination,
        Instant eta,
        Integer toBow,
        Integer toStern,
        Integer toPort,
        Integer toStarboard,
        Double draught,
        int messageType)
        implements AisReport {

    /** A report about the same vessel that keeps this one's values wherever {@code later} has none. */
    public StaticReport mergedWith(StaticReport later) {
        if (later.mmsi != mmsi) {
            throw new IllegalArgumentException("cannot merge MMSI " + mmsi + " with " + later.mmsi);
        }
        return new StaticReport(
                mmsi,
                later.time.isAfter(time) ? later.time : time,
                pick(later.name, name),
                pick(later.callSign, callSign),
                pick(later.imo, imo),
                pick(later.shipType, shipType),
                pick(later.destination, destination),
                pick(later.eta, eta),
                pick(later.toBow, toBow),
                pick(later.toStern, toStern),
                pick(later.toPort, toPort),
                pick(later.toStarboard, toStarboard),
                pick(later.draught, draught),
                later.messageType);
    }

    private static <T> T pick(T later, T earlier) {
        return later != null ? later : earlier;
    }
}
