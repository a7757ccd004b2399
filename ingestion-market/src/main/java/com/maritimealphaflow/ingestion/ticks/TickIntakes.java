package com.maritimealphaflow.ingestion.ticks;

import org.springframework.stereotype.Component;

/** Opens the intake of a stream, resumed at what the database holds of it. */
@Component
public class TickIntakes {

    private final TickStreamStore store;
    private final TickMetrics metrics;
    private final TicksProperties settings;

    public TickIntakes(TickStreamStore store, TickMetrics metrics, TicksProperties settings) {
        this.store = store;
        this.metrics = metrics;
        this.settings = settings;
    }

    /** @param kind {@code replay}, {@code kafka} or {@code binance} */
    public TickIntake open(String streamId, String kind, long allowedLatenessMillis) {
        return new TickIntake(streamId, kind, allowedLatenessMillis, store, metrics, settings);
    }

    public TickIntake open(String streamId, String kind) {
        return open(streamId, kind, settings.allowedLateness().toMillis());
    }
}
