package com.maritimealphaflow.aggregation;

import com.maritimealphaflow.service.notify.ChannelListener;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Connections and timing for the service's {@code LISTEN}ers. */
public final class ListenerConnections {

    private ListenerConnections() {}

    /** Opens connections outside the pool, shown as {@code applicationName} in {@code pg_stat_activity}. */
    public static ChannelListener.ConnectionOpener opener(JdbcConnectionDetails database, String applicationName) {
        return ChannelListener.ConnectionOpener.of(
                database.getJdbcUrl(), database.getUsername(), database.getPassword(), applicationName);
    }

    public static ChannelListener.Timing timing(AggregationProperties.Listener settings) {
        return new ChannelListener.Timing(settings.idleCheck(), settings.reconnectInitial(), settings.reconnectMax());
    }
}
