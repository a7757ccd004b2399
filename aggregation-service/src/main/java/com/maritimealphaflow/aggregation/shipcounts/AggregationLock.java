package com.maritimealphaflow.aggregation.shipcounts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One transaction-scoped advisory lock around every aggregation, across threads and instances. Two batches can touch
 * the same window (late reports, consecutive batches of continuous mode); without the lock, the one that counted from
 * an older snapshot could commit last and overwrite a newer count. Under it, each count is taken after the previous
 * aggregation committed.
 */
@Repository
public class AggregationLock {

    private final JdbcTemplate jdbc;

    AggregationLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the lock; it is released when the current transaction ends. */
    public void acquire() {
        jdbc.execute("SELECT pg_advisory_xact_lock(hashtext('alphaflow.ship_count_agg'))");
    }
}
