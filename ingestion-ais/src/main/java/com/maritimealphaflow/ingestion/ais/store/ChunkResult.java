package com.maritimealphaflow.ingestion.ais.store;

import com.maritimealphaflow.ingestion.ais.RejectReason;

/**
 * What writing a chunk did.
 *
 * @param positionsStored new rows in {@code ship_position}
 * @param duplicates positions already stored (same MMSI and time)
 * @param staticsStored static messages merged into {@code ship_static}
 * @param lost messages not written, with {@code lostReason} saying why
 */
public record ChunkResult(
        long positionsStored, long duplicates, long staticsStored, long lost, RejectReason lostReason) {

    static ChunkResult written(long positionsStored, long duplicates, long staticsStored) {
        return new ChunkResult(positionsStored, duplicates, staticsStored, 0, null);
    }

    static ChunkResult lost(AisChunk chunk, RejectReason reason) {
        return new ChunkResult(0, 0, 0, chunk.size(), reason);
    }
}
