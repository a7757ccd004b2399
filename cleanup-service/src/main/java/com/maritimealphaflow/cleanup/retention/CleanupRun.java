package com.maritimealphaflow.cleanup.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One retention run as {@code cleanup_run} logs it: what it removed or, for a dry run, what it would remove.
 *
 * @param id the run's id
 * @param trigger {@code scheduled} (the daily job) or {@code api} (a request)
 * @param scheduledFor for a scheduled run, the fire time of its trigger
 * @param instance the host that ran it
 * @param dryRun true when nothing was changed, only reported
 * @param retention the retention applied, ISO-8601
 * @param cutoff raw data whose whole UTC day ended at or before this went
 * @param startedAt when it started
 * @param endedAt when it ended, null while running
 * @param status {@code running}, {@code completed}, {@code failed} or {@code interrupted}
 * @param partitionCount daily partitions removed (or that would be)
 * @param rowEstimate their rows, estimated from the planner's statistics
 * @param bytes their size on disk, tables and indexes
 * @param staticRows {@code ship_static} rows of vessels not heard from within the retention
 * @param historyRows {@code ship_type_history} rows: those of the silent vessels and superseded ones from before the
 *     cutoff
 * @param presenceRows {@code ship_presence_day} rows of days before the cutoff's (which vessels were counted on a
 *     day; the counts themselves stay)
 * @param partitions the partitions one by one
 * @param partitionsAwaitingAggregation partitions past the cutoff kept (or for a dry run that would be kept) because
 *     AIS rows with reports on their day, an import of an old day for instance, were not counted yet; a later run
 *     drops them
 * @param error why it failed
 */
public record CleanupRun(
        long id,
        String trigger,
        Instant scheduledFor,
        String instance,
        boolean dryRun,
        String retention,
        Instant cutoff,
        Instant startedAt,
        Instant endedAt,
        String status,
        int partitionCount,
        long rowEstimate,
        long bytes,
        long staticRows,
        long historyRows,
        long presenceRows,
        List<Partition> partitions,
        List<String> partitionsAwaitingAggregation,
        String error) {

    CleanupRun withPartitions(List<Partition> partitions) {
        return new CleanupRun(
                id,
                trigger,
                scheduledFor,
                instance,
                dryRun,
                retention,
                cutoff,
                startedAt,
                endedAt,
                status,
                partitionCount,
                rowEstimate,
                bytes,
                staticRows,
                historyRows,
                presenceRows,
                List.copyOf(partitions),
                partitionsAwaitingAggregation,
                error);
    }

    /**
     * @param name e.g. {@code ship_position_20260101}
     * @param day the UTC day it held
     * @param rowEstimate {@code pg_class.reltuples}; null when the partition had never been analysed
     * @param bytes {@code pg_total_relation_size} before the drop
     * @param wasDetachPending an interrupted {@code DETACH … CONCURRENTLY} was finished first
     * @param droppedAt when it was dropped; null for a dry run, or when the run failed before
     */
    public record Partition(
            String name, LocalDate day, Long rowEstimate, long bytes, boolean wasDetachPending, Instant droppedAt) {}
}
