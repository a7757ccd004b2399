package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.ingestion.ais.store.AisStore;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.service.retry.Backoff;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * Runs AIS batches: opens a batch with its {@code ingestion_log} row, lets a source stream into it, and closes it
 * with the row completed and the aggregation service notified. The one entry point the jobs use.
 */
@Service
public class AisIngestion {

    private static final Logger log = LoggerFactory.getLogger(AisIngestion.class);

    /** The error text of a batch cut short by shutdown: nothing is missing from what it received. */
    public static final String SHUTDOWN = "cut short by shutdown; everything received before it was stored";

    /** Chunks of an import in the writer's queue at once: one being written, one ready behind it. */
    private static final int IMPORT_PENDING_WRITES = 2;

    private final IngestionLog ingestionLog;
    private final AisStore store;
    private final ReportValidator validator;
    private final AisProperties.Store settings;
    private final ActiveStreams streams;
    private final Clock clock;
    private final MeterRegistry meters;

    public AisIngestion(
            IngestionLog ingestionLog,
            AisStore store,
            ActiveStreams streams,
            AisProperties properties,
            Clock clock,
            MeterRegistry meters) {
        this.ingestionLog = ingestionLog;
        this.streams = streams;
        this.store = store;
        this.settings = properties.store();
        this.validator = new ReportValidator(clock, settings.maxFutureSkew());
        this.clock = clock;
        this.meters = meters;
    }

    /** Streams one batch from {@code source} until {@code control} stops it, then closes the batch. */
    public BatchOutcome runBatch(AisSource source, StreamControl control) {
        AisBatch batch = open(source.kind());
        StreamEnd end = stream(source, batch, control);
        if (end.interrupted()) {
            Thread.currentThread().interrupt();
        }
        return close(batch, end.status(), end.error());
    }

    /**
     * How a source's stream ended: the status and error its batch is closed with, and whether the streaming thread
     * was interrupted (its caller decides whether to restore the flag before closing).
     */
    public record StreamEnd(BatchOutcome.Status status, String error, boolean interrupted) {}

    /**
     * Lets {@code source} stream into {@code sink} until it ends or {@code control} stops it, and maps how it ended
     * to a batch status: stopped for shutdown or interrupted is {@code interrupted}, a source failure {@code failed}
     * with its message, anything else unexpected {@code failed} with its type. Never throws. While it streams, the
     * control is among the {@link ActiveStreams} that a shutdown stops.
     */
    public StreamEnd stream(AisSource source, AisMessageSink sink, StreamControl control) {
        streams.register(control);
        try {
            source.stream(sink, control);
            return control.stoppedForShutdown()
                    ? new StreamEnd(BatchOutcome.Status.INTERRUPTED, SHUTDOWN, false)
                    : new StreamEnd(BatchOutcome.Status.COMPLETED, null, false);
        } catch (AisSourceException e) {
            log.error("AIS source {} failed: {}", source.kind().key(), e.getMessage());
            return new StreamEnd(BatchOutcome.Status.FAILED, e.getMessage(), false);
        } catch (InterruptedException e) {
            return new StreamEnd(BatchOutcome.Status.INTERRUPTED, SHUTDOWN, true);
        } catch (RuntimeException e) {
            log.error("AIS source {} failed unexpectedly", source.kind().key(), e);
            return new StreamEnd(
                    BatchOutcome.Status.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        } finally {
            streams.unregister(control);
        }
    }

    /** Opens a new batch; its {@code ingestion_log} row is {@code running} until {@link #close}. */
    public AisBatch open(AisSourceKind source) {
        long id = ingestionLog.start(source, clock.instant());
        return new AisBatch(id, source, validator, store, settings.chunkSize(), 0, clock);
    }

    /**
     * Opens a batch for one attempt at one file of a history import: an {@code ingestion_log} row of kind
     * {@code ais-import} naming the import, and a batch that paces its reader by the database (it never fills the
     * write buffer, which live sources share, so nothing is dropped for a full buffer).
     */
    public AisBatch openImport(AisSourceKind source, long importId) {
        long id = ingestionLog.startImport(source, importId, clock.instant());
        return new AisBatch(id, source, validator, store, settings.chunkSize(), IMPORT_PENDING_WRITES, clock);
    }

    /** Writes what the batch still holds, then completes its log row and notifies, retrying while the database is down. */
    public BatchOutcome close(AisBatch batch, BatchOutcome.Status status, String error) {
        AisBatch.Ending ending = batch.finish(status, error);
        BatchOutcome outcome = ending.outcome();
        Backoff backoff = new Backoff(settings.retry());
        Instant giveUpAt = clock.instant().plus(settings.giveUpAfter());
        while (true) {
            try {
                ingestionLog.finish(batch.id(), outcome, ending.unchunked());
                break;
            } catch (DataAccessException e) {
                Duration wait = backoff.next();
                if (clock.instant().plus(wait).isAfter(giveUpAt) || !sleep(wait)) {
                    log.error(
                            "Could not complete the ingestion_log row of batch {}: {} ({})",
                            batch.id(),
                            outcome,
                            e.getMessage());
                    return outcome;
                }
            }
        }
        record(batch, outcome);
        return outcome;
    }

    private void record(AisBatch batch, BatchOutcome outcome) {
        meters.counter(
                        "alphaflow.ais.batches",
                        "source",
                        batch.source().key(),
                        "status",
                        outcome.status().key())
                .increment();
        meters.counter(
                        "alphaflow.ais.messages.received",
                        "source",
                        batch.source().key())
                .increment(outcome.messagesReceived());
        meters.counter(
                        "alphaflow.ais.messages.rejected",
                        "source",
                        batch.source().key())
                .increment(outcome.rejectedTotal());
        log.info(
                "Batch {} from {} {}: {} messages, {} positions stored ({} duplicates), {} static reports,"
                        + " {} rejected {}, {} skipped{}",
                batch.id(),
                batch.source().key(),
                outcome.status().key(),
                outcome.messagesReceived(),
                outcome.positionsStored(),
                outcome.duplicates(),
                outcome.staticsStored(),
                outcome.rejectedTotal(),
                outcome.rejected(),
                outcome.skippedTotal(),
                outcome.error() == null ? "" : ": " + outcome.error());
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
