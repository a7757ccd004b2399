package com.maritimealphaflow.ingestion.ais;

/**
 * Where a source puts what it decodes. Implementations are thread-safe: a source may call from its network
 * threads. A sink never throws for bad input; it counts it.
 */
public interface AisMessageSink {

    void accept(AisDecoding decoding);
}
