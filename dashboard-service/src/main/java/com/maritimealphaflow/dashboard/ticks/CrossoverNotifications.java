package com.maritimealphaflow.dashboard.ticks;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.service.notify.ChannelListener;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per instance that {@code LISTEN}s on {@link PipelineChannels#TICK_CROSSOVERS_COMMITTED} and tells the
 * {@link CrossoverWatcher}s at each notification and at least every poll interval, also while the connection is
 * being reopened: the Flink job's sink may store crossovers without notifying.
 */
@Component
class CrossoverNotifications extends ChannelListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CrossoverNotifications.class);

    static final String APPLICATION_NAME = "alphaflow-dashboard-ticks";

    private final List<CrossoverWatcher> watchers;

    CrossoverNotifications(
            List<CrossoverWatcher> watchers, JdbcConnectionDetails database, DashboardProperties properties) {
        super(
                PipelineChannels.TICK_CROSSOVERS_COMMITTED,
                ConnectionOpener.of(
                        database.getJdbcUrl(), database.getUsername(), database.getPassword(), APPLICATION_NAME),
                new Timing(properties.ticks().stream().pollInterval(), Duration.ofSeconds(1), Duration.ofMinutes(1)));
        this.watchers = watchers;
    }

    @Override
    protected void onNotifications(List<String> payloads) {
        tellWatchers();
    }

    @Override
    protected void catchUp() {
        tellWatchers();
    }

    @Override
    protected void onIdle() {
        tellWatchers();
    }

    private void tellWatchers() {
        for (CrossoverWatcher watcher : watchers) {
            try {
                watcher.crossoversMayHaveLanded();
            } catch (RuntimeException e) {
                log.warn("Handling new tick crossovers failed; trying again at the next poll: {}", e.getMessage(), e);
            }
        }
    }
}
