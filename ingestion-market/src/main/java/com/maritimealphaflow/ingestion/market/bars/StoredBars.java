package com.maritimealphaflow.ingestion.market.bars;

/**
 * What a write did.
 *
 * @param stored bars inserted or changed (a corrected bar replaces the stored one)
 * @param unchanged bars that were stored already with the same values
 */
public record StoredBars(long stored, long unchanged) {

    public static final StoredBars NONE = new StoredBars(0, 0);

    public StoredBars plus(StoredBars other) {
        return new StoredBars(stored + other.stored, unchanged + other.unchanged);
    }
}
