package com.maritimealphaflow.aggregation.shipcounts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * On {@code /actuator/prometheus}: {@code alphaflow_aggregation_batches_total{trigger}},
 * {@code alphaflow_aggregation_lag_seconds} (batch end to its aggregation committed) and
 * {@code alphaflow_aggregation_windows_written_total}.
 */
@Component
class AggregationMetrics {

    private final Map<ShipCountAggregation.Trigger, Counter> batches =
            new EnumMap<>(ShipCountAggregation.Trigger.class);
    private final Counter windows;
    private final Timer lag;
    private final Clock clock;

    AggregationMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        for (ShipCountAggregation.Trigger trigger : ShipCountAggregation.Trigger.values()) {
            batches.put(
                    trigger,
                    Counter.builder("alphaflow.aggregation.batches")
                            .description("AIS batches aggregated, by what woke the service")
                            .tag("trigger", trigger.key())
                            .register(registry));
        }
        this.windows = Counter.builder("alphaflow.aggregation.windows.written")
                .description("ship_count_agg rows written (batches and rebuilds)")
                .register(registry);
        this.lag = Timer.builder("alphaflow.aggregation.lag")
                .description("From a batch's end (ingestion_log.ended_at) to its aggregation committed")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(50))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
    }

    void batchAggregated(ShipCountAggregation.Trigger trigger, Instant endedAt, int windowsWritten) {
        batches.get(trigger).increment();
        windows.increment(windowsWritten);
        if (endedAt != null) {
            Duration behind = Duration.between(endedAt, clock.instant());
            // the ingestion service's clock may run a little ahead of this one
            lag.record(behind.isNegative() ? Duration.ZERO : behind);
        }
    }

    void windowsRebuilt(int windowsWritten) {
        windows.increment(windowsWritten);
    }
}
