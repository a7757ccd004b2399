package com.maritimealphaflow.aggregation.regions.events;

/** The order in which a transit crossed a chokepoint's gates. */
public enum TransitDirection {
    AB("ab"),
    BA("ba");

    private final String key;

    TransitDirection(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    static TransitDirection from(Gate first) {
        return first == Gate.A ? AB : BA;
    }
}
