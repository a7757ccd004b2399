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

    /**
     * Sent by the ingestion service in the transaction that stores tick window partials and moves a stream's
     * watermark ({@code tick_stream}); the payload is the stream id. The aggregation service fires the windows the
     * watermark has passed; it also polls.
     */
    public static final String TICK_PARTIALS_COMMITTED = "tick_partials_committed";

    /**
     * Sent by whoever stores crossovers (the aggregation service, or the Flink job's sink), after the transaction;
     * the payload is empty. The dashboard's alert stream and webhook delivery listen, and also poll.
     */
    public static final String TICK_CROSSOVERS_COMMITTED = "tick_crossovers_committed";

    /**
     * Sent at the commit of any transaction that writes 1-minute bars, by a trigger on {@code market_bar} (V12), so
     * every writer sends it; the payload is empty. The aggregation service recomputes the rollups of the series it
     * finds in {@code market_rollup_pending}; it also polls.
     */
    public static final String MARKET_BARS_COMMITTED = "market_bars_committed";

    private PipelineChannels() {}
}
