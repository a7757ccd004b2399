package com.maritimealphaflow.aggregation.marketrollups;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.aggregation.ListenerConnections;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.service.notify.ChannelListener;
import java.util.List;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Recomputes rollups within moments of 1-minute bars being committed ({@code LISTEN market_bars_committed}, sent by
 * the trigger on {@code market_bar}); the clustered {@code MarketRollupsJob} polls beside it.
 */
@Component
class MarketBarsListener extends ChannelListener implements SmartLifecycle {

    static final String APPLICATION_NAME = "alphaflow-aggregation-market-listener";

    private final MarketRollups rollups;
    private final int seriesPerRun;

    MarketBarsListener(MarketRollups rollups, JdbcConnectionDetails database, AggregationProperties properties) {
        super(
                PipelineChannels.MARKET_BARS_COMMITTED,
                ListenerConnections.opener(database, APPLICATION_NAME),
                ListenerConnections.timing(properties.listener()));
        this.rollups = rollups;
        this.seriesPerRun = properties.rollups().seriesPerRun();
    }

    @Override
    protected void onNotifications(List<String> payloads) {
        drain();
    }

    @Override
    protected void catchUp() {
        drain();
    }

    private void drain() {
        MarketRollups.Run run;
        do {
            run = rollups.applyPending(seriesPerRun);
        } while (isRunning() && run.mayHaveMore());
    }
}
