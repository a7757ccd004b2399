package com.maritimealphaflow.aggregation;

import com.maritimealphaflow.aggregation.regions.events.EventRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the aggregation service can be told, bound from {@code alphaflow.aggregation.*} in application.yml.
 *
 * @param window the length of a counting window ({@code AIS_BATCH_INTERVAL}); windows start at multiples of it since
 *     the epoch, like the ingestion service's batches
 * @param poll the clustered Quartz job that looks for batches not aggregated yet
 * @param listener the {@code LISTEN} connection that wakes the service when a batch commits
 * @param rebuild re-aggregation of a time range on request
 * @param regions the events and series of regions (issue 16)
 * @param ticks the tick windows, EMAs and crossovers (issue 18)
 */
@Validated
@ConfigurationProperties("alphaflow.aggregation")
public record AggregationProperties(
        @NotNull Duration window,
        @Valid @NotNull Poll poll,
        @Valid @NotNull Listener listener,
        @Valid @NotNull Rebuild rebuild,
        @Valid @NotNull Regions regions,
        @Valid @NotNull Ticks ticks,
        @Valid @NotNull Rollups rollups) {

    /**
     * @param interval time between two runs of the polling job
     * @param batchesPerRun the most batches one run aggregates, oldest first; the next run takes the rest
     */
    public record Poll(@NotNull Duration interval, @Positive int batchesPerRun) {}

    /**
     * @param idleCheck how long to wait for notifications before checking that the connection still answers
     * @param reconnectInitial the first wait before reconnecting after the connection dropped; it doubles per failure
     * @param reconnectMax the longest wait between reconnection attempts
     */
    public record Listener(
            @NotNull Duration idleCheck, @NotNull Duration reconnectInitial, @NotNull Duration reconnectMax) {}

    /** @param maxRange the longest range one rebuild request may cover */
    public record Rebuild(@NotNull Duration maxRange) {}

    /**
     * @param rules the thresholds of transits, port calls and waiting (the values by default)
     * @param exitBufferMeters how far outside its polygon a vessel must be seen to have left a port or anchorage
     * @param positionMarginDegrees positions further than this (in latitude and longitude) from every region's
     *     bounding box are not read: they cannot be in a region, and a track joins the positions before and after
     * @param rebuildWarmup how much earlier than its range a rebuild starts reading, so that its tracks arrive at the
     *     range with their recent gate crossings and transits (the repeat rule looks back 48 hours)
     * @param recomputeLookback after a region is drawn or edited, how far back its events and series are recomputed
     *     from the positions still kept; older days keep what the previous shape gave (rebuild them on request)
     * @param trackExpiry a vessel's detector state unused for this long is deleted
     */
    public record Regions(
            @NotNull EventRules rules,
            @PositiveOrZero double exitBufferMeters,
            @PositiveOrZero double positionMarginDegrees,
            @NotNull Duration rebuildWarmup,
            @NotNull Duration recomputeLookback,
            @NotNull Duration trackExpiry) {}

    /**
     * @param partialsPerTransaction the most window partials one transaction fires and applies, oldest windows first;
     *     bounds the transaction's memory and time, the next transaction takes the rest
     */
    public record Ticks(@Positive int partialsPerTransaction) {}

    /**
     * @param seriesPerRun the most series one run of the listener or the job recomputes before looking again
     * @param maxRebuildRange the longest range one rebuild request may cover
     */
    public record Rollups(@Positive int seriesPerRun, @NotNull Duration maxRebuildRange) {}

    /**
     * Hourly and daily rollups group windows by the hour and day they start in; a window length that does not divide
     * a day would let windows straddle midnight and drift against the days.
     */
    @AssertTrue(
            message =
                    "the window (AIS_BATCH_INTERVAL) must be whole seconds that divide a day, e.g. PT1M, PT5M, PT15M or PT1H")
    public boolean isWindowDividingADay() {
        if (window == null) {
            return true;
        }
        long ms = window.toMillis();
        return ms >= 1000 && ms % 1000 == 0 && Duration.ofDays(1).toMillis() % ms == 0;
    }
}
