package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.model.ais.AisSourceKind;

/**
 * A sink for a stream that stays open across batches: messages go into the current batch, and {@link #rotate()}
 * closes it and opens the next without the source noticing.
 */
public final class RotatingSink implements AisMessageSink {

    private final AisIngestion ingestion;
    private final AisSourceKind source;
    private AisBatch current;

    public RotatingSink(AisIngestion ingestion, AisSourceKind source) {
        this.ingestion = ingestion;
        this.source = source;
        this.current = ingestion.open(source);
    }

    @Override
    public synchronized void accept(AisDecoding decoding) {
        current.accept(decoding);
    }

    /** Ends the current batch and starts the next; the ended one is written and logged by the caller's thread. */
    public BatchOutcome rotate() {
        AisBatch ended;
        AisBatch next = ingestion.open(source);
        synchronized (this) {
            ended = current;
            current = next;
        }
        return ingestion.close(ended, BatchOutcome.Status.COMPLETED, null);
    }

    /** Ends the current batch for good. */
    public synchronized BatchOutcome close(BatchOutcome.Status status, String error) {
        return ingestion.close(current, status, error);
    }
}
