package com.maritimealphaflow.ingestion.ais.history.csv;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Danish Maritime Authority writes ship types and navigational statuses as words. Each word maps to the AIS code
 * it was printed from (for a range, a representative code of it), so that {@code VesselCategory} counts the vessel
 * where a receiver's report would put it. Words not listed give null: unknown, never a guess.
 */
final class DmaCodes {

    private static final Map<String, Integer> SHIP_TYPES = new HashMap<>();
    private static final Map<String, Integer> STATUSES = new HashMap<>();

    static {
        shipType(20, "WIG");
        shipType(30, "Fishing");
        shipType(31, "Towing");
        shipType(32, "Towing long/wide");
        shipType(33, "Dredging");
        shipType(34, "Diving");
        shipType(35, "Military");
        shipType(36, "Sailing");
        shipType(37, "Pleasure");
        shipType(38, "Spare 1", "Reserved");
        shipType(39, "Spare 2");
        shipType(40, "HSC");
        shipType(50, "Pilot");
        shipType(51, "SAR");
        shipType(52, "Tug");
        shipType(53, "Port tender");
        shipType(54, "Anti-pollution");
        shipType(55, "Law enforcement");
        shipType(58, "Medical");
        shipType(59, "Not party to conflict");
        shipType(60, "Passenger");
        shipType(70, "Cargo");
        shipType(80, "Tanker");
        shipType(90, "Other");
        // "Undefined" is AIS's 0, "not available": left out, so it reads as null like an empty field.

        status(0, "Under way using engine");
        status(1, "At anchor");
        status(2, "Not under command");
        status(3, "Restricted maneuverability", "Restricted manoeuvrability", "Restricted manoeuverability");
        status(4, "Constrained by her draught");
        status(5, "Moored");
        status(6, "Aground");
        status(7, "Engaged in fishing");
        status(8, "Under way sailing");
        status(9, "Reserved for future amendment [HSC]");
        status(10, "Reserved for future amendment [WIG]");
        status(11, "Power-driven vessel towing astern");
        status(12, "Power-driven vessel pushing ahead or towing alongside");
        status(13, "Reserved for future use");
        status(14, "AIS-SART");
        status(15, "Unknown value", "Not defined");
    }

    private DmaCodes() {}

    static Integer shipType(String word) {
        return word == null ? null : SHIP_TYPES.get(key(word));
    }

    static Integer navigationalStatus(String words) {
        return words == null ? null : STATUSES.get(key(words));
    }

    private static void shipType(int code, String... words) {
        for (String word : words) {
            SHIP_TYPES.put(key(word), code);
        }
    }

    private static void status(int code, String... words) {
        for (String word : words) {
            STATUSES.put(key(word), code);
        }
    }

    private static String key(String words) {
        return words.strip().toLowerCase(Locale.ROOT);
    }
}
