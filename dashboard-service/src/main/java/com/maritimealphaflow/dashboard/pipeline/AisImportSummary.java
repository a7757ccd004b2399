package com.maritimealphaflow.dashboard.pipeline;

import java.time.Instant;
import java.util.Map;

/**
 * One AIS history import ({@code ais_import}) as the pipeline page shows it: its files' states and progress summed from
 * {@code ais_import_file}, and what it stored summed over every attempt at every file, the {@code ingestion_log} rows
 * of kind {@code ais-import} that carry its id.
 *
 * @param source {@code noaa}, {@code dma}, {@code nmea} or {@code csv}
 * @param status {@code queued}, {@code running}, {@code completed}, {@code failed} or {@code cancelled}
 * @param error why it failed, or which of its files could not be read
 * @param rowsPerSecond rows read per second of its running time (start to end, or to now while it runs); null before
 *     it starts
 * @param etaSeconds time left while it runs, from its progress so far; null when it is not running or nothing is done
 *     yet to estimate from
 * @param firstReportAt the earliest report time stored, over all its files; with {@code lastReportAt} the days it covers
 * @param attempts its {@code ingestion_log} rows: one per attempt at a file
 * @param awaitingAggregation of those, the rows the aggregation service has not counted into {@code ship_count_agg}
 *     yet ({@code aggregated_at} is null), running ones included
 */
public record AisImportSummary(
        long id,
        String source,
        String status,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        String error,
        Files files,
        Progress progress,
        Rows rows,
        Double rowsPerSecond,
        Long etaSeconds,
        Instant firstReportAt,
        Instant lastReportAt,
        long attempts,
        long awaitingAggregation) {

    /**
     * How many files are in each state.
     *
     * @param done the files it is finished with: completed, missing (the archive has no such day) or failed
     */
    public record Files(
            long total,
            long done,
            long pending,
            long running,
            long completed,
            long missing,
            long failed,
            long cancelled) {

        static Files of(long pending, long running, long completed, long missing, long failed, long cancelled) {
            return new Files(
                    pending + running + completed + missing + failed + cancelled,
                    completed + missing + failed,
                    pending,
                    running,
                    completed,
                    missing,
                    failed,
                    cancelled);
        }
    }

    /**
     * How far it got, in bytes of its files while the size of every file to read is known, else in files.
     *
     * @param basis {@code bytes} or {@code files}
     * @param done bytes read (a finished file counts whole), or files done
     * @param total bytes of all its files, or its files
     * @param fraction {@code done} of {@code total}, 0 to 1; null while the total is 0
     */
    public record Progress(String basis, long done, long total, Double fraction) {

        static final String BYTES = "bytes";
        static final String FILES = "files";
    }

    /**
     * What its rows came to. Every row read is stored (as a position or static data), a duplicate, rejected or
     * skipped.
     *
     * @param read rows (CSV rows, NMEA decodings) read, including those a resumed file passed over
     * @param rejectedReasons rejected rows per reason
     * @param skipped rows not stored on purpose: other message types, and what the import's filter dropped
     * @param skippedKinds {@code skipped} per kind, e.g. {@code outside_bounds}, {@code category_not_kept},
     *     {@code thinned}
     * @param thinned of {@code skipped}, the positions thinning dropped
     */
    public record Rows(
            long read,
            long positionsStored,
            long duplicates,
            long staticsStored,
            long rejected,
            Map<String, Long> rejectedReasons,
            long skipped,
            Map<String, Long> skippedKinds,
            long thinned) {}
}
