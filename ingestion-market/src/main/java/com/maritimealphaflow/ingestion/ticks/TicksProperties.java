package com.maritimealphaflow.ingestion.ticks;

import com.maritimealphaflow.service.retry.RetrySettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Tick ingestion (issue 18), bound from {@code alphaflow.ingestion.ticks.*}: replays of DEBS tick files over REST, a
 * Kafka topic and Binance's trade stream, each a stream of events windowed by event time and handed to the
 * aggregation service as partials.
 *
 * @param allowedLateness an event whose window ended this long before the largest event time seen is late (counted,
 *     not applied); a replay may ask for its own, up to {@code maxAllowedLateness}
 * @param flushInterval how often a stream hands its open windows to the database
 * @param flushEvents a stream also flushes after this many events, whatever the interval
 * @param storeAttempts attempts at one flush (each all or nothing) before the stream gives up
 * @param storeRetry backoff between those attempts
 */
@Validated
@ConfigurationProperties("alphaflow.ingestion.ticks")
public record TicksProperties(
        @NotNull Duration allowedLateness,
        @NotNull Duration maxAllowedLateness,
        @NotNull Duration flushInterval,
        @Positive int flushEvents,
        @Min(1) int storeAttempts,
        @Valid @NotNull RetrySettings storeRetry,
        @Valid @NotNull Replay replay,
        @Valid @NotNull Kafka kafka,
        @Valid @NotNull Binance binance) {

    /**
     * @param directory the only place a replay reads files from ({@code TICKS_REPLAY_DIR})
     * @param maxFiles the most files one replay may name (directories expanded)
     * @param maxSpeed the largest multiple of real time a replay may ask for
     * @param pollInterval how often the runner proves its jobs alive and looks for queued ones
     * @param lease a running replay whose instance has not shown life for this long is taken over and resumed
     * @param maxLineLength a longer row is skipped as malformed
     */
    public record Replay(
            @NotNull Path directory,
            @Positive int maxFiles,
            @Positive double maxSpeed,
            @Min(1) int concurrency,
            @NotNull Duration pollInterval,
            @NotNull Duration lease,
            @Positive int maxLineLength) {}

    /**
     * @param bootstrapServers {@code TICKS_KAFKA_BOOTSTRAP_SERVERS}; blank: no Kafka source
     * @param topic {@code TICKS_KAFKA_TOPIC}
     * @param pollTimeout the longest one poll waits for records
     * @param reconnect backoff after the consumer failed (broker away, a flush that gave up)
     */
    public record Kafka(
            String bootstrapServers,
            @NotBlank String topic,
            @NotNull Duration pollTimeout,
            @Valid @NotNull RetrySettings reconnect) {

        public boolean enabled() {
            return bootstrapServers != null && !bootstrapServers.isBlank();
        }
    }

    /**
     * @param symbols {@code TICKS_BINANCE_SYMBOLS}; empty: no Binance trade stream
     * @param streamUrl {@code TICKS_BINANCE_STREAM_URL}, the base of {@code /stream?streams=…}
     * @param stallTimeout a connection that delivers no frame for this long is dropped and opened again
     * @param reconnect backoff between connections
     */
    public record Binance(
            List<String> symbols,
            @NotNull URI streamUrl,
            @NotNull Duration connectTimeout,
            @NotNull Duration stallTimeout,
            @Valid @NotNull RetrySettings reconnect) {

        public boolean enabled() {
            return symbols != null && symbols.stream().anyMatch(s -> !s.isBlank());
        }
    }
}
