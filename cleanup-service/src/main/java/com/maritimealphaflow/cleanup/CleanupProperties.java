package com.maritimealphaflow.cleanup;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the cleanup service can be told, bound from {@code alphaflow.cleanup.*} in application.yml, where each
 * value names the environment variable that overrides it.
 *
 * @param retentionRaw how long raw AIS ({@code ship_position} partitions) is kept; under a day would drop the
 *     partition ingestion is writing to, so it is refused at start-up
 */
@Validated
@ConfigurationProperties("alphaflow.cleanup")
public record CleanupProperties(@NotNull @DurationMin(days = 1) Duration retentionRaw) {}
