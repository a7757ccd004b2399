package com.maritimealphaflow.model.pipeline;

/**
 * PostgreSQL {@code NOTIFY} channels by which the services tell each other that data has landed. They never call
 * each other over HTTP.
 */
public final class PipelineChannels {

    /**
     * Sent by the ingestion service in the transaction that completes an AIS batch's {@code ingestion_log} row; the
     * payload is that row's id. The aggregation service listens, and also polls in case a notification was missed.
     */
    public static final String AIS_BATCH_COMMITTED = "ais_batch_committed";

    private PipelineChannels() {}
}
