package com.maritimealphaflow.aggregation.regions.events;

/** What a region is, which decides the events it has: transits, port calls, waiting, or none (an area). */
public enum RegionKind {
    CHOKEPOINT("chokepoint"),
    PORT("port"),
    ANCHORAGE("anchorage"),
    AREA("area");

    private final String key;

    RegionKind(String key) {
        this.key = key;
    }

    /** The lower-case name stored in {@code region.kind} and used in JSON. */
    public String key() {
        return key;
    }

    /** @throws InvalidRegionException if the key is none of the four */
    public static RegionKind fromKey(String key) {
        for (RegionKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        throw new InvalidRegionException("kind: must be chokepoint, port, anchorage or area, not '" + key + "'");
    }
}
