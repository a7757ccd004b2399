package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.model.ais.AisSourceKind;

/**
 * A feed of AIS messages: the aisstream.io websocket, an NMEA feed over TCP or UDP, a replay file or the
 * simulator. {@link #stream} connects, decodes every message into the sink until the control says stop (or a
 * finite source runs out), and disconnects. Passing trouble (a dropped connection, a stall) is the source's to
 * handle by reconnecting with backoff; only trouble that retrying cannot mend ends it with an exception.
 */
public interface AisSource {

    AisSourceKind kind();

    /** True for a source that ends by itself (a replay file); such a source is played once, not per batch. */
    default boolean finite() {
        return false;
    }

    /**
     * Streams until {@code control.stopRequested()} or the end of a finite source.
     *
     * @throws AisSourceException when the source refuses us for good (an invalid API key, a malformed
     *     subscription, a missing file); its message goes into the batch's log row and must hold no secret
     * @throws InterruptedException when the thread is interrupted (shutdown)
     */
    void stream(AisMessageSink sink, StreamControl control) throws InterruptedException;
}
