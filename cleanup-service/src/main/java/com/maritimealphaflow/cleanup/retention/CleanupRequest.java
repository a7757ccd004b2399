package com.maritimealphaflow.cleanup.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What starts a run.
 *
 * @param trigger who asked
 * @param retention the retention to apply; null for the configured one ({@code RETENTION_RAW})
 * @param dryRun only report what would go
 * @param scheduledFor for the scheduled job, the fire time of its trigger
 */
public record CleanupRequest(Trigger trigger, Duration retention, boolean dryRun, Instant scheduledFor) {

    public enum Trigger {
        /** The daily job: waits for a run in progress to end, then runs. */
        SCHEDULED,
        /** A request over the API: refused while another run is in progress. */
        API;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static CleanupRequest scheduled(Instant fireTime) {
        return new CleanupRequest(Trigger.SCHEDULED, null, false, fireTime);
    }

    public static CleanupRequest requested(Duration retention, boolean dryRun) {
        return new CleanupRequest(Trigger.API, retention, dryRun, null);
    }
}
