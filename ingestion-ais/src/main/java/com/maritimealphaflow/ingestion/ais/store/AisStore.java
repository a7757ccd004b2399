package com.maritimealphaflow.ingestion.ais.store;

import com.maritimealphaflow.ingestion.ais.AisProperties;
import com.maritimealphaflow.ingestion.ais.RejectReason;
import com.maritimealphaflow.service.retry.Backoff;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The one way AIS reports reach the database. Chunks are written in order on one writer thread, so that the source
 * keeps reading while the database works. When the database is unreachable a chunk is retried with backoff while
 * later chunks wait in memory, up to {@code max-buffered-reports}; past that, new chunks are dropped and counted,
 * and a chunk that still fails after {@code give-up-after} is counted as lost. Nothing is lost silently.
 */
@Service
public class AisStore {

    private static final Logger log = LoggerFactory.getLogger(AisStore.class);

    private final AisChunkWriter writer;
    private final AisProperties.Store settings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ais-writer");
        thread.setDaemon(false);
        return thread;
    });
    private final AtomicLong buffered = new AtomicLong();
    private final Counter positionsStored;
    private final Counter duplicates;
    private final Counter staticsStored;
    private final Counter lost;

    @Autowired
    public AisStore(AisChunkWriter writer, AisProperties properties, MeterRegistry meters) {
        this(writer, properties.store(), meters);
    }

    AisStore(AisChunkWriter writer, AisProperties.Store settings, MeterRegistry meters) {
        this.writer = writer;
        this.settings = settings;
        this.positionsStored = meters.counter("alphaflow.ais.positions.stored");
        this.duplicates = meters.counter("alphaflow.ais.positions.duplicates");
        this.staticsStored = meters.counter("alphaflow.ais.statics.stored");
        this.lost = meters.counter("alphaflow.ais.messages.lost");
        meters.gauge("alphaflow.ais.buffered.reports", buffered);
    }

    /** Queues a chunk for writing. The future completes when it is written or counted as lost, never exceptionally. */
    public CompletableFuture<ChunkResult> submit(AisChunk chunk) {
        long size = chunk.size();
        if (buffered.addAndGet(size) > settings.maxBufferedReports()) {
            buffered.addAndGet(-size);
            log.warn("Write buffer full ({} reports waiting): dropped a chunk of {}", buffered.get(), size);
            lost.increment(size);
            return CompletableFuture.completedFuture(ChunkResult.lost(chunk, RejectReason.BUFFER_FULL));
        }
        return CompletableFuture.supplyAsync(() -> writeWithRetry(chunk), executor)
                .whenComplete((result, error) -> buffered.addAndGet(-size));
    }

    /** Reports queued or being written. */
    public long buffered() {
        return buffered.get();
    }

    private ChunkResult writeWithRetry(AisChunk chunk) {
        Backoff backoff = new Backoff(settings.retry());
        Instant giveUpAt = Instant.now().plus(settings.giveUpAfter());
        while (true) {
            try {
                ChunkResult result = writer.write(chunk);
                if (backoff.attempts() > 0) {
                    log.info("Wrote a chunk of {} after {} failed attempt(s)", chunk.size(), backoff.attempts());
                }
                positionsStored.increment(result.positionsStored());
                duplicates.increment(result.duplicates());
                staticsStored.increment(result.staticsStored());
                return result;
            } catch (SQLException | RuntimeException e) {
                Duration wait = backoff.next();
                if (Instant.now().plus(wait).isAfter(giveUpAt)) {
                    log.error(
                            "Gave up writing a chunk of {} reports after {} attempts: {}",
                            chunk.size(),
                            backoff.attempts(),
                            e.getMessage());
                    lost.increment(chunk.size());
                    return ChunkResult.lost(chunk, RejectReason.WRITE_FAILED);
                }
                log.warn(
                        "Writing a chunk of {} reports failed (attempt {}), retrying in {} ms: {}",
                        chunk.size(),
                        backoff.attempts(),
                        wait.toMillis(),
                        e.getMessage());
                if (!sleep(wait)) {
                    lost.increment(chunk.size());
                    return ChunkResult.lost(chunk, RejectReason.WRITE_FAILED);
                }
            }
        }
    }

    private static boolean sleep(Duration wait) {
        try {
            TimeUnit.MILLISECONDS.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Lets queued chunks finish before the connection pool closes. */
    @PreDestroy
    void drain() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
            log.error("{} buffered reports were not written before shutdown", buffered.get());
            executor.shutdownNow();
        }
    }
}
