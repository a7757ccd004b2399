package com.maritimealphaflow.aggregation.shipcounts;

/** What an aggregation wrote: windows counted, hourly and daily rollups recomputed. */
record Aggregated(int windows, int hours, int days) {

    static final Aggregated NOTHING = new Aggregated(0, 0, 0);

    Aggregated plus(Aggregated other) {
        return new Aggregated(windows + other.windows, hours + other.hours, days + other.days);
    }
}
