package com.maritimealphaflow.cleanup.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A {@code ship_position_YYYYMMDD} table as the catalogue shows it at the start of a run.
 *
 * @param name the table's name
 * @param day the UTC day it holds
 * @param rangeEnd the end (exclusive) of its range of report times
 * @param rowEstimate {@code pg_class.reltuples}, or null when the table was never analysed
 * @param bytes {@code pg_total_relation_size}: table, indexes and TOAST
 * @param state whether it is a partition, half detached or detached
 */
record RawPartition(String name, LocalDate day, Instant rangeEnd, Long rowEstimate, long bytes, State state) {

    enum State {
        /** A partition of {@code ship_position}. */
        ATTACHED,
        /**
         * {@code DETACH … CONCURRENTLY} was interrupted after its first transaction: queries no longer see the rows,
         * and no other partition can be detached concurrently until it is finalized.
         */
        DETACH_PENDING,
        /** Detached by an earlier run that stopped before dropping it. */
        DETACHED
    }

    /** Its whole range lies before the cutoff: it goes. */
    boolean expiredBy(Instant cutoff) {
        return !rangeEnd.isAfter(cutoff);
    }
}
