package com.maritimealphaflow.model.ais;

/**
 * Where AIS data came from. Stored with every position and batch so that, for instance, the dashboard can say
 * when what it shows is simulated.
 */
public enum AisSourceKind {
    AISSTREAM("aisstream"),
    NMEA_TCP("nmea-tcp"),
    NMEA_UDP("nmea-udp"),
    REPLAY("replay"),
    SIMULATOR("simulator");

    private final String key;

    AisSourceKind(String key) {
        this.key = key;
    }

    /** The name used in {@code AIS_SOURCE} and in the database. */
    public String key() {
        return key;
    }

    public static AisSourceKind fromKey(String key) {
        for (AisSourceKind kind : values()) {
            if (kind.key.equalsIgnoreCase(key.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown AIS source '" + key + "': expected aisstream, nmea-tcp, nmea-udp, replay or simulator");
    }
}
