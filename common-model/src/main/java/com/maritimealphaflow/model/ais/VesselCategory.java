package com.maritimealphaflow.model.ais;

/**
 * The categories vessels are counted in, from the AIS ship type code. A vessel with no static data yet, or
 * with code 0, is {@link #UNKNOWN}; it still counts.
 */
public enum VesselCategory {
    CARGO("cargo"),
    TANKER("tanker"),
    PASSENGER("passenger"),
    FISHING("fishing"),
    TUG("tug"),
    HIGH_SPEED_CRAFT("high_speed_craft"),
    PLEASURE("pleasure"),
    MILITARY("military"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String key;

    VesselCategory(String key) {
        this.key = key;
    }

    /** The lower-case name used in column names, JSON and URLs. */
    public String key() {
        return key;
    }

    /** The category of an AIS ship type code; null or 0 is unknown. */
    public static VesselCategory ofShipType(Integer code) {
        if (code == null || code == 0) {
            return UNKNOWN;
        }
        int c = code;
        if (c >= 70 && c <= 79) return CARGO;
        if (c >= 80 && c <= 89) return TANKER;
        if (c >= 60 && c <= 69) return PASSENGER;
        if (c >= 40 && c <= 49) return HIGH_SPEED_CRAFT;
        return switch (c) {
            case 30 -> FISHING;
            case 31, 32, 52 -> TUG;
            case 36, 37 -> PLEASURE;
            case 35, 55 -> MILITARY;
            default -> OTHER;
        };
    }

    /** The category with this key, for parsing request parameters. */
    public static VesselCategory fromKey(String key) {
        for (VesselCategory category : values()) {
            if (category.key.equalsIgnoreCase(key)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown vessel category '" + key + "'");
    }
}
