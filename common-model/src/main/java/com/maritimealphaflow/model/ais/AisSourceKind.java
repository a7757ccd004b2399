package com.maritimealphaflow.model.ais;

/**
 * Where AIS data came from. Stored with every position and batch so that, for instance, the dashboard can say
 * when what it shows is simulated.
 */
public enum AisSourceKind {
    AISSTREAM("aisstream", true),
    NMEA_TCP("nmea-tcp", true),
    NMEA_UDP("nmea-udp", true),
    REPLAY("replay", true),
    SIMULATOR("simulator", true),
    /** Imported from NOAA MarineCadastre's daily files. */
    NOAA("noaa", false),
    /** Imported from the Danish Maritime Authority's daily files. */
    DMA("dma", false),
    /** Imported from an archive of NMEA sentences. */
    NMEA_ARCHIVE("nmea-archive", false),
    /** Imported from another country's CSV archive, read with a column mapping. */
    CSV_ARCHIVE("csv-archive", false);

    private final String key;
    private final boolean live;

    AisSourceKind(String key, boolean live) {
        this.key = key;
        this.live = live;
    }

    /**
     * The credit the publisher of this source's data asks for wherever it is used, or null. The Danish Maritime
     * Authority's AIS data may be used on this condition.
     */
    public String attribution() {
        return this == DMA
                ? "Contains data from the Danish Maritime Authority that is used in accordance with the conditions"
                        + " for the use of Danish public data."
                : null;
    }

    /** A source {@code AIS_SOURCE} can name; the others are history imports ({@code POST /api/ais/imports}). */
    public boolean live() {
        return live;
    }

    /** The name used in {@code AIS_SOURCE} and in the database. */
    public String key() {
        return key;
    }

    public static AisSourceKind fromKey(String key) {
        for (AisSourceKind kind : values()) {
            if (kind.live && kind.key.equalsIgnoreCase(key.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown AIS source '" + key + "': expected aisstream, nmea-tcp, nmea-udp, replay or simulator");
    }
}
