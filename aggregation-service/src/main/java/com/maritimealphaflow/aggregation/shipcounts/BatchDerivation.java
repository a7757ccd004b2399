package com.maritimealphaflow.aggregation.shipcounts;

import java.time.Instant;

/**
 * Something else a batch's positions derive, done in the batch's transaction right after its vessel counts, so that
 * the batch is marked aggregated only once everything derived from it is stored (and the cleanup, which keeps days
 * whose batches are not aggregated, never drops positions before then).
 */
public interface BatchDerivation {

    /**
     * Derives the windows {@code [from, to)} of one UTC day whose raw positions are kept, just recounted.
     *
     * @param listened false for a file of a history import: its positions are old, and arrive after newer ones
     */
    void derive(Instant from, Instant to, boolean listened);
}
