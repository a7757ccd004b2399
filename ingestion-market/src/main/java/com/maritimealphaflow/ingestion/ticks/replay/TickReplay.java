package com.maritimealphaflow.ingestion.ticks.replay;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tick replay as the API shows it.
 *
 * @param status {@code queued}, {@code running}, {@code completed}, {@code failed} or {@code cancelled}
 * @param streamId the stream its partials are stored under ({@code replay-<id>})
 * @param maxEventTime the largest event time committed: the stream's clock
 * @param finished whether its stream has ended, so that the aggregation service fires all its windows
 * @param totals the sums over its files
 * @param files every file, in reading order (only when one replay is asked for)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TickReplay(
        long id,
        String status,
        Instant createdAt,
        Instant startedAt,
        Instant endedAt,
        String error,
        TickReplayRequest request,
        String streamId,
        Instant maxEventTime,
        boolean finished,
        Counts totals,
        List<FileProgress> files) {

    /**
     * @param rows data rows read (comments and the header not counted)
     * @param rowsCommitted rows whose windows are committed: a resumed replay passes over these; the counts below are
     *     those of the committed rows
     * @param events rows that gave an event, late ones included
     * @param late events whose window had fired: counted, not applied
     * @param skipped rows that gave no event, per reason ({@code no-price}, {@code no-time}, {@code malformed})
     */
    public record Counts(
            long bytesRead,
            Long bytesTotal,
            long rows,
            long rowsCommitted,
            long events,
            long late,
            Map<String, Long> skipped) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FileProgress(
            int seq, String path, String status, Instant startedAt, Instant endedAt, String error, Counts counts) {}
}
