package com.maritimealphaflow.ingestion.ticks;

import com.maritimealphaflow.model.ticks.TickSkipReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counters of tick events per stream kind ({@code replay}, {@code kafka}, {@code binance}): {@code
 * alphaflow.ticks.events}, {@code alphaflow.ticks.late} and {@code alphaflow.ticks.skipped} (tag {@code reason}).
 * Added to at each committed flush, never per event.
 */
@Component
public class TickMetrics {

    private final MeterRegistry registry;

    public TickMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void committed(String kind, long events, long late, Map<TickSkipReason, Long> skipped) {
        Counter.builder("alphaflow.ticks.events")
                .description("Tick events read, late ones included")
                .tag("kind", kind)
                .register(registry)
                .increment(events);
        Counter.builder("alphaflow.ticks.late")
                .description("Tick events whose window had fired: counted, not applied")
                .tag("kind", kind)
                .register(registry)
                .increment(late);
        skipped.forEach((reason, count) -> Counter.builder("alphaflow.ticks.skipped")
                .description("Rows or messages that gave no tick event")
                .tag("kind", kind)
                .tag("reason", reason.key())
                .register(registry)
                .increment(count));
    }
}
