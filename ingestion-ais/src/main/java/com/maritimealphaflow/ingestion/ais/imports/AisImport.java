package com.maritimealphaflow.ingestion.ais.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An AIS history import as the API shows it: what was asked, how far it got and what it stored.
 *
 * @param status {@code queued}, {@code running}, {@code completed}, {@code failed} or {@code cancelled}
 * @param error why it failed, or which of its files could not be read
 * @param rowsPerSecond rows read per second of its running time so far
 * @param etaSeconds an estimate of the time left, from the bytes still to read (or the files, before their sizes are
 *     known); null when there is nothing to estimate from yet
 * @param retention what the raw-data retention will do with the days it imports, when they are older than it
 * @param attribution the credit its data's publisher asks for, to be shown wherever the data is used
 * @param files every file, in reading order (only when one import is asked for)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AisImport(
        long id,
        String source,
        String status,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        String error,
        JsonNode request,
        FileCounts fileCounts,
        long bytesRead,
        Long bytesTotal,
        Rows rows,
        Instant firstReportAt,
        Instant lastReportAt,
        Double rowsPerSecond,
        Long etaSeconds,
        String retention,
        String attribution,
        List<FileProgress> files) {

    /** How many files are in each state. */
    public record FileCounts(
            long total, long pending, long running, long completed, long missing, long failed, long cancelled) {}

    /**
     * What the rows came to, over every attempt at every file.
     *
     * @param read rows (CSV rows, NMEA decodings) read, including those a resumed file passed over
     * @param skipped rows not stored on purpose: other message types, base stations, and what the import's filter
     *     dropped ({@code outside_bounds}, {@code category_not_kept}, {@code thinned}), per kind in {@code skippedKinds}
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

    /** One file: where it is, how far it got, and where a restart resumes it ({@code rowsCommitted}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileProgress(
            int seq,
            String location,
            LocalDate day,
            String status,
            Long bytesTotal,
            long bytesRead,
            long rowsRead,
            long rowsCommitted,
            int attempts,
            Long ingestionLogId,
            String error) {}
}
