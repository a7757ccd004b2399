package com.maritimealphaflow.ingestion.ais;

import java.time.Instant;
import java.util.Map;

/**
 * How an AIS batch ended, as its {@code ingestion_log} row records it. Every received message is in exactly one of:
 * a stored or duplicate position, a stored static report, {@code rejected} or {@code skipped}. A type 19 message
 * carries both a position and static data; its static part is stored too but it counts once, as a position.
 *
 * @param staticsStored static-only messages (types 5 and 24) merged into {@code ship_static}
 *
 * @param rejected messages not stored, per {@link RejectReason#key()}
 * @param skipped well-formed messages of types not stored, per kind
 */
public record BatchOutcome(
        Status status,
        Instant endedAt,
        long messagesReceived,
        long positionsStored,
        long duplicates,
        long staticsStored,
        Map<String, Long> rejected,
        Map<String, Long> skipped,
        Instant firstReportAt,
        Instant lastReportAt,
        String error) {

    public enum Status {
        COMPLETED,
        FAILED,
        INTERRUPTED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
