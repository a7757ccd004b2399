package com.maritimealphaflow.aggregation.ticks;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.aggregation.ListenerConnections;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.service.notify.ChannelListener;
import java.util.List;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fires tick windows within moments of the ingestion service moving a stream's watermark ({@code LISTEN
 * tick_partials_committed}): one run applies everything fired, whichever streams the notifications name. The
 * clustered {@code TickWindowsJob} polls beside it.
 */
@Component
class TickPartialsListener extends ChannelListener implements SmartLifecycle {

    static final String APPLICATION_NAME = "alphaflow-aggregation-ticks-listener";

    private final TickTrendAggregation aggregation;

    TickPartialsListener(
            TickTrendAggregation aggregation, JdbcConnectionDetails database, AggregationProperties properties) {
        super(
                PipelineChannels.TICK_PARTIALS_COMMITTED,
                ListenerConnections.opener(database, APPLICATION_NAME),
                ListenerConnections.timing(properties.listener()));
        this.aggregation = aggregation;
    }

    @Override
    protected void onNotifications(List<String> payloads) {
        aggregation.applyFired();
    }

    @Override
    protected void catchUp() {
        aggregation.applyFired();
    }
}
