package com.maritimealphaflow.cleanup.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The cleanup's counters on {@code /actuator/prometheus}: {@code alphaflow_cleanup_runs_total} (by trigger, dry run
 * and status), {@code alphaflow_cleanup_partitions_dropped_total}, {@code alphaflow_cleanup_bytes_freed_total},
 * {@code alphaflow_cleanup_statics_deleted_total} and {@code alphaflow_cleanup_history_deleted_total}. Dry runs count
 * as runs and nothing else.
 */
@Component
class CleanupMetrics {

    private final MeterRegistry meters;
    private final Counter partitionsDropped;
    private final Counter bytesFreed;
    private final Counter staticsDeleted;
    private final Counter historyDeleted;

    CleanupMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.partitionsDropped = meters.counter("alphaflow.cleanup.partitions.dropped");
        this.bytesFreed = meters.counter("alphaflow.cleanup.bytes.freed");
        this.staticsDeleted = meters.counter("alphaflow.cleanup.statics.deleted");
        this.historyDeleted = meters.counter("alphaflow.cleanup.history.deleted");
    }

    void run(CleanupRequest request, String status) {
        meters.counter(
                        "alphaflow.cleanup.runs",
                        "trigger",
                        request.trigger().key(),
                        "dry_run",
                        Boolean.toString(request.dryRun()),
                        "status",
                        status)
                .increment();
    }

    void dropped(RawPartition partition) {
        partitionsDropped.increment();
        bytesFreed.increment(partition.bytes());
    }

    void deleted(StaticData.Rows rows) {
        staticsDeleted.increment(rows.statics());
        historyDeleted.increment(rows.history());
    }
}
