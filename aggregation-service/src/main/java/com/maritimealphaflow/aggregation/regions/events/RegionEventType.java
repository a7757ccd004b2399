package com.maritimealphaflow.aggregation.regions.events;

/** The kinds of event the detector emits; {@link #key()} is the stored name. */
public enum RegionEventType {
    TRANSIT("transit"),
    PORT_CALL("port-call"),
    WAITING("waiting");

    private final String key;

    RegionEventType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
