package com.maritimealphaflow.ingestion.support;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.ingestion.ais.AisMessageSink;
import com.maritimealphaflow.ingestion.ais.AisSource;
import com.maritimealphaflow.ingestion.ais.StreamControl;
import com.maritimealphaflow.model.ais.AisSourceKind;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a real source to count what it hands its sink, so that a test can stop the stream once everything sent has
 * been decoded. The decodings themselves pass on unchanged.
 */
public final class ObservedSource implements AisSource {

    private final AisSource source;
    private final AtomicInteger decodings = new AtomicInteger();

    public ObservedSource(AisSource source) {
        this.source = source;
    }

    /** Everything handed on so far, {@link AisDecoding.Incomplete} included. */
    public int decodings() {
        return decodings.get();
    }

    @Override
    public AisSourceKind kind() {
        return source.kind();
    }

    @Override
    public void stream(AisMessageSink sink, StreamControl control) throws InterruptedException {
        source.stream(
                decoding -> {
                    sink.accept(decoding);
                    decodings.incrementAndGet();
                },
                control);
    }
}
