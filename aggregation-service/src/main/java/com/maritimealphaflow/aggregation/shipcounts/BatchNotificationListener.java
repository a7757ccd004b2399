package com.maritimealphaflow.aggregation.shipcounts;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.aggregation.ListenerConnections;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.service.notify.ChannelListener;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Wakes the aggregation within moments of a batch's commit: {@code LISTEN ais_batch_committed}; once listening again
 * after a dropped connection, it catches up on the batches whose notifications it missed. The clustered polling job
 * remains the safety net either way.
 */
@Component
class BatchNotificationListener extends ChannelListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BatchNotificationListener.class);

    /** Shown in {@code pg_stat_activity.application_name}, to tell this connection from the pool's. */
    static final String APPLICATION_NAME = "alphaflow-aggregation-listener";

    private final ShipCountAggregation aggregation;

    BatchNotificationListener(
            ShipCountAggregation aggregation, JdbcConnectionDetails database, AggregationProperties properties) {
        super(
                PipelineChannels.AIS_BATCH_COMMITTED,
                ListenerConnections.opener(database, APPLICATION_NAME),
                ListenerConnections.timing(properties.listener()));
        this.aggregation = aggregation;
    }

    @Override
    protected void onNotifications(List<String> payloads) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String payload : payloads) {
            try {
                ids.add(Long.parseLong(payload.trim()));
            } catch (NumberFormatException e) {
                log.warn("Ignoring a {} notification without a batch id", PipelineChannels.AIS_BATCH_COMMITTED);
            }
        }
        for (long id : ids) {
            try {
                aggregation.aggregateBatch(id, ShipCountAggregation.Trigger.NOTIFICATION);
            } catch (RuntimeException e) {
                log.error("Could not aggregate batch {}; the polling job will retry: {}", id, e.getMessage(), e);
            }
        }
    }

    @Override
    protected void catchUp() {
        ShipCountAggregation.PendingRun run;
        do {
            run = aggregation.aggregatePending(ShipCountAggregation.Trigger.RECONNECT);
            if (run.aggregated() > 0) {
                log.info("Caught up on {} batches committed while not listening", run.aggregated());
            }
        } while (isRunning() && run.mayHaveMore());
    }
}
