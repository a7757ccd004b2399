package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.ingestion.ais.store.AisChunk;
import com.maritimealphaflow.ingestion.ais.store.AisStore;
import com.maritimealphaflow.ingestion.ais.store.BatchCounts;
import com.maritimealphaflow.ingestion.ais.store.ChunkResult;
import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingestion batch in progress: counts every message a source hands it, validates reports, gathers them into
 * chunks for the {@link AisStore}, and at the end adds up what was stored into a {@link BatchOutcome}. Thread-safe.
 *
 * <p>Each chunk carries the counts of the messages it accounts for (its reports, and whatever was rejected or skipped
 * since the previous chunk), and its transaction adds them to the batch's {@code ingestion_log} row; what never reached
 * a committed chunk is added when the batch ends. See docs/decisions/0012.
 */
public final class AisBatch implements AisMessageSink {

    private static final Logger log = LoggerFactory.getLogger(AisBatch.class);
    private static final int MAX_LOGGED_REJECTIONS = 20;

    private final long id;
    private final AisSourceKind source;
    private final ReportValidator validator;
    private final AisStore store;
    private final int chunkSize;
    private final int maxPendingWrites;
    private final Clock clock;

    private final Object lock = new Object();
    private final List<Write> writes = new ArrayList<>();
    private List<PositionReport> positions = new ArrayList<>();
    private Map<Integer, StaticReport> statics = new HashMap<>();
    private int staticMessages;
    private long rejectionsLogged;
    private boolean finished;

    // Counted since the previous chunk: they go with the next one, or with the batch's end.
    private final Map<String, Long> rejected = new TreeMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long received;
    private Instant firstReportAt;
    private Instant lastReportAt;

    /** A chunk submitted, with the counts its commit adds to the batch's row. */
    private record Write(BatchCounts counts, CompletableFuture<ChunkResult> result) {}

    /**
     * How the batch ended.
     *
     * @param outcome everything the batch counted
     * @param unchunked what no committed chunk has added to the row: the end adds it
     */
    record Ending(BatchOutcome outcome, BatchCounts unchunked) {}

    /**
     * @param maxPendingWrites 0 for a live source, which must never be held up (the store's buffer bounds it); else
     *     the most chunks written at once before {@link #accept} waits for the oldest, so that a file read faster than
     *     the database writes is paced by the database instead of filling the buffer
     */
    AisBatch(
            long id,
            AisSourceKind source,
            ReportValidator validator,
            AisStore store,
            int chunkSize,
            int maxPendingWrites,
            Clock clock) {
        this.id = id;
        this.source = source;
        this.validator = validator;
        this.store = store;
        this.chunkSize = chunkSize;
        this.maxPendingWrites = maxPendingWrites;
        this.clock = clock;
    }

    public long id() {
        return id;
    }

    public AisSourceKind source() {
        return source;
    }

    @Override
    public void accept(AisDecoding decoding) {
        synchronized (lock) {
            if (finished) {
                throw new IllegalStateException("batch " + id + " has ended");
            }
            // Java 17: pattern-matching switch is not available, so the sealed variants are told apart by instanceof.
            if (decoding instanceof AisDecoding.Incomplete) {
                return;
            } else if (decoding instanceof AisDecoding.Rejected r) {
                reject(r.reason(), r.detail());
            } else if (decoding instanceof AisDecoding.Skipped s) {
                skipped.merge(s.kind(), 1L, Long::sum);
            } else if (decoding instanceof AisDecoding.Reports r) {
                RejectReason reason = validator.check(r.reports());
                if (reason != null) {
                    reject(reason, r.reports().get(0).toString());
                } else {
                    // A type 19 carries a position and static data: one message, counted with its position.
                    boolean withPosition = r.reports().stream().anyMatch(PositionReport.class::isInstance);
                    r.reports().forEach(report -> add(report, !withPosition));
                }
            }
            received++;
            if (positions.size() + staticMessages >= chunkSize) {
                flush();
            }
        }
    }

    /**
     * Writes what the batch holds and waits until every chunk submitted so far is written or lost: everything accepted
     * before the call is then in the database, unless this returns false (a chunk was lost; it is counted as rejected
     * for its reason). A file import calls it to record where a restart may resume.
     */
    public boolean awaitWritten() {
        List<Write> submitted;
        synchronized (lock) {
            flush();
            submitted = List.copyOf(writes);
        }
        boolean written = true;
        for (Write write : submitted) {
            written &= write.result().join().lost() == 0;
        }
        return written;
    }

    /** Writes what is left, waits for every chunk, and sums up. Call once. */
    Ending finish(BatchOutcome.Status status, String error) {
        List<Write> submitted;
        BatchCounts unchunked;
        synchronized (lock) {
            flush();
            finished = true;
            submitted = List.copyOf(writes);
            unchunked = pendingCounts();
        }
        BatchCounts total = unchunked;
        for (Write write : submitted) {
            ChunkResult result = write.result().join();
            BatchCounts chunk = write.counts().with(result);
            total = total.plus(chunk);
            if (result.lost() > 0) {
                // never committed: its messages are counted at the end, as rejected for the reason it was lost
                unchunked = unchunked.plus(chunk);
            }
        }
        BatchOutcome outcome = new BatchOutcome(
                status,
                clock.instant(),
                total.messages(),
                total.positionsStored(),
                total.duplicates(),
                total.staticsStored(),
                new TreeMap<>(total.rejected()),
                new TreeMap<>(total.skipped()),
                total.firstReportAt(),
                total.lastReportAt(),
                error);
        return new Ending(outcome, unchunked);
    }

    private BatchCounts pendingCounts() {
        return BatchCounts.unstored(received, rejected, skipped, firstReportAt, lastReportAt);
    }

    private void add(AisReport report, boolean staticMessage) {
        if (report instanceof PositionReport p) {
            positions.add(p);
        } else if (report instanceof StaticReport s) {
            statics.merge(s.mmsi(), s, AisBatch::newerWins);
            if (staticMessage) {
                staticMessages++;
            }
        }
        if (firstReportAt == null || report.time().isBefore(firstReportAt)) firstReportAt = report.time();
        if (lastReportAt == null || report.time().isAfter(lastReportAt)) lastReportAt = report.time();
    }

    private static StaticReport newerWins(StaticReport a, StaticReport b) {
        return b.time().isBefore(a.time()) ? b.mergedWith(a) : a.mergedWith(b);
    }

    private void reject(RejectReason reason, String detail) {
        rejected.merge(reason.key(), 1L, Long::sum);
        // The first few rejections of a batch are logged in full; after that only counted, so a broken feed
        // cannot flood the log.
        if (rejectionsLogged++ < MAX_LOGGED_REJECTIONS) {
            log.warn("Batch {} rejected a message ({}): {}", id, reason.key(), abbreviate(detail));
        }
    }

    private void flush() {
        if (positions.isEmpty() && statics.isEmpty()) {
            return;
        }
        BatchCounts counts = pendingCounts();
        AisChunk chunk = new AisChunk(source, positions, List.copyOf(statics.values()), staticMessages, id, counts);
        positions = new ArrayList<>(chunkSize);
        statics = new HashMap<>();
        staticMessages = 0;
        rejected.clear();
        skipped.clear();
        received = 0;
        firstReportAt = null;
        lastReportAt = null;
        writes.add(new Write(counts, store.submit(chunk)));
        if (maxPendingWrites > 0) {
            // Only a file import paces itself, from its one reading thread: waiting under the lock holds up no one.
            List<CompletableFuture<ChunkResult>> pending = writes.stream()
                    .map(Write::result)
                    .filter(result -> !result.isDone())
                    .toList();
            if (pending.size() >= maxPendingWrites) {
                // chunks are written in order: once this one is, at most maxPendingWrites - 1 are still to go
                pending.get(pending.size() - maxPendingWrites).join();
            }
        }
    }

    private static String abbreviate(String text) {
        if (text == null) return "";
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
