package com.maritimealphaflow.service.liveness;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the instances of the service tell that one of them died holding {@code running} rows of {@code
 * ingestion_log}. See docs/decisions/0012-batch-rows-follow-chunks.md.
 *
 * @param heartbeatInterval how often this instance proves it is alive ({@code service_instance.heartbeat_at})
 * @param grace a {@code running} row whose owner has not been heard from for this long is marked {@code
 *     abandoned}; several heartbeat intervals, so that a slow heartbeat or a short database outage does not
 *     count as a death
 * @param reapEvery how often the reaper (a clustered Quartz job, one instance per firing) looks for such rows
 */
@Validated
@ConfigurationProperties("alphaflow.ingestion.liveness")
public record LivenessProperties(
        @NotNull Duration heartbeatInterval, @NotNull Duration grace, @NotNull Duration reapEvery) {

    @AssertTrue(
            message = "grace must be at least three heartbeat intervals, heartbeat-interval and reap-every"
                    + " at least one second")
    public boolean isGraceAboveHeartbeats() {
        return heartbeatInterval == null
                || grace == null
                || reapEvery == null
                || (heartbeatInterval.toMillis() >= 1000
                        && reapEvery.toMillis() >= 1000
                        && grace.compareTo(heartbeatInterval.multipliedBy(3)) >= 0);
    }
}
