package com.maritimealphaflow.ingestion.ais;

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
 * Everything the AIS side of the ingestion service can be told, bound from {@code alphaflow.ingestion.ais.*} in
 * ingestion-ais.yml, where each value names the environment variable that overrides it.
 */
@Validated
@ConfigurationProperties("alphaflow.ingestion.ais")
public record AisProperties(
        /** aisstream, nmea-tcp, nmea-udp, replay or simulator; blank chooses by whether an API key is set. */
        String source,
        @NotNull Mode mode,
        @NotNull Duration batchInterval,
        @NotNull Duration batchDuration,
        @Valid @NotNull Aisstream aisstream,
        @Valid @NotNull Nmea nmea,
        @Valid @NotNull Replay replay,
        @Valid @NotNull Simulator simulator,
        @Valid @NotNull Store store,
        /** When partitions of ship_position are created ahead: a Quartz cron expression, read in UTC. */
        @NotBlank String maintenanceCron) {

    public enum Mode {
        /** Every batch interval, stream for the batch duration, then commit. */
        BATCH,
        /** Keep the stream open and commit every batch interval. */
        CONTINUOUS
    }

    /**
     * @param boundingBoxes JSON list of boxes {@code [[[lat,lon],[lat,lon]],…]}
     * @param stallTimeout a connection that delivers no frame for this long is closed and reopened
     * @param pingInterval websocket pings keep idle connections from being dropped
     */
    public record Aisstream(
            String apiKey,
            @NotNull URI url,
            @NotBlank String boundingBoxes,
            List<String> filterMessageTypes,
            List<String> filtersShipMmsi,
            @NotNull Duration connectTimeout,
            @NotNull Duration stallTimeout,
            @NotNull Duration pingInterval,
            @Valid @NotNull RetrySettings reconnect) {}

    public record Nmea(
            @NotBlank String host,
            @Min(1) int port,
            @Min(1) int udpPort,
            @NotNull Duration connectTimeout,
            @NotNull Duration stallTimeout,
            @Valid @NotNull RetrySettings reconnect) {}

    /**
     * @param file aisstream JSON lines or NMEA sentences, one per line, mixed freely
     * @param speed 0 plays as fast as possible; 1 at the pace of the report times, 10 ten times faster
     */
    public record Replay(Path file, @Min(0) double speed) {}

    /**
     * @param vessels how many vessels sail the simulated lanes
     * @param messagesPerSecond the total rate of messages
     * @param seed the same seed gives the same traffic
     */
    public record Simulator(@Positive int vessels, @Positive double messagesPerSecond, long seed) {}

    /**
     * @param chunkSize reports written in one transaction
     * @param maxBufferedReports reports held while the database is unreachable before new ones are dropped
     * @param retry backoff between attempts to write a chunk
     * @param giveUpAfter a chunk that still cannot be written after this long is counted as lost
     * @param partitionsAhead days of {@code ship_position} partitions kept created ahead of today
     * @param maxFutureSkew reports dated further than this into the future are rejected
     */
    public record Store(
            @Positive int chunkSize,
            @Positive int maxBufferedReports,
            @Valid @NotNull RetrySettings retry,
            @NotNull Duration giveUpAfter,
            @Min(1) int partitionsAhead,
            @NotNull Duration maxFutureSkew) {}
}
