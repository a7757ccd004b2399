package com.maritimealphaflow.model.pipeline;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an {@code ingestion_log} row records, as its {@code kind} column names it. The ingestion service writes the
 * rows; the aggregation service reads the AIS batches, the dashboard all of them.
 */
public enum IngestionKind {
    /** A batch of AIS messages from one source, committed in one go. */
    AIS_BATCH("ais-batch"),
    /** One attempt at one file of an AIS history import: counted into vessel counts like a batch. */
    AIS_IMPORT("ais-import"),
    /** One symbol's step of a market backfill. */
    MARKET_BACKFILL("market-backfill"),
    /** A scheduled incremental update of a source's symbols. */
    MARKET_UPDATE("market-update"),
    /** A CSV import of bars (uploaded or from the watched directory). */
    MARKET_CSV("market-csv");

    private final String key;

    IngestionKind(String key) {
        this.key = key;
    }

    /** The {@code ingestion_log.kind} value. */
    public String key() {
        return key;
    }

    /** Whether rows of this kind hold market data rather than AIS. */
    public boolean market() {
        return !ais();
    }

    /** Whether rows of this kind hold AIS positions: the aggregation service counts their windows. */
    public boolean ais() {
        return this == AIS_BATCH || this == AIS_IMPORT;
    }

    /** The {@code kind} values of AIS rows, as SQL literals for the partial indexes that name them. */
    public static String aisKindsSql() {
        return "('" + AIS_BATCH.key + "', '" + AIS_IMPORT.key + "')";
    }

    public static Optional<IngestionKind> parse(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
