package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.service.retry.RetrySettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * AIS history imports ({@code POST /api/ais/imports}), bound from {@code alphaflow.ingestion.ais-imports.*}.
 *
 * @param directory the only place files named in a request are read from ({@code AIS_IMPORT_DIR}); a request's paths
 *     are resolved inside it and may not leave it
 * @param downloadDirectory where a downloaded day is kept while it is read, then removed
 * @param noaaUrl the address of one day of NOAA MarineCadastre, with {@code %Y}, {@code %m} and {@code %d}
 * @param dmaUrl the address of one day of the Danish Maritime Authority's archive, with the same placeholders
 * @param maxFiles the most files one import may name (directories expanded)
 * @param maxDays the longest date range one import may download
 * @param concurrency imports run at once by one instance
 * @param pollInterval how often the runner proves its jobs alive and looks for queued ones
 * @param lease a running job whose instance has not shown life for this long is taken over and resumed
 * @param checkpointRows rows read between two resume points (each waits until what was read is written)
 * @param connectTimeout of a download
 * @param readTimeout a download that delivers nothing for this long is cut and resumed
 * @param downloadAttempts attempts at one file before it is counted as failed
 * @param downloadRetry backoff between attempts
 * @param retentionRaw the cleanup service's retention ({@code RETENTION_RAW}): days older than this are counted and
 *     then removed by the next cleanup, which the job's answer says
 */
@Validated
@ConfigurationProperties("alphaflow.ingestion.ais-imports")
public record AisImportProperties(
        @NotNull Path directory,
        @NotNull Path downloadDirectory,
        @NotBlank String noaaUrl,
        @NotBlank String dmaUrl,
        @Positive int maxFiles,
        @Positive int maxDays,
        @Min(1) int concurrency,
        @NotNull Duration pollInterval,
        @NotNull Duration lease,
        @Positive int checkpointRows,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @Min(1) int downloadAttempts,
        @Valid @NotNull RetrySettings downloadRetry,
        @NotNull Duration retentionRaw) {}
