package com.maritimealphaflow.cleanup;

import com.maritimealphaflow.cleanup.retention.Retention;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.quartz.CronExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the cleanup service can be told, bound from {@code alphaflow.cleanup.*} in application.yml, where each
 * value names the environment variable that overrides it.
 *
 * @param retentionRaw how long raw AIS ({@code ship_position} partitions, and static data of vessels not heard from)
 *     is kept; under a day or over a hundred years is refused at start-up (see {@link Retention})
 * @param cron when the cleanup runs: a Quartz cron expression (seconds first), read in UTC
 */
@Validated
@ConfigurationProperties("alphaflow.cleanup")
public record CleanupProperties(
        @NotNull
                @DurationMin(days = 1, message = Retention.TOO_SHORT)
                @DurationMax(days = Retention.MAX_DAYS, message = Retention.TOO_LONG)
                Duration retentionRaw,
        @NotBlank String cron) {

    @AssertTrue(
            message = "must be a Quartz cron expression: seconds, minutes, hours, day of month, month, day of week,"
                    + " e.g. '0 30 3 * * ?' for 03:30 UTC every day")
    public boolean isCron() {
        return cron == null || CronExpression.isValidExpression(cron);
    }
}
