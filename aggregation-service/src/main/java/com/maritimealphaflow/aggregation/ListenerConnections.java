package com.maritimealphaflow.aggregation;

import com.maritimealphaflow.service.notify.ChannelListener;
import java.sql.DriverManager;
import java.util.Properties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Connections for the service's {@code LISTEN}ers: outside the pool, named so they can be told apart. */
public final class ListenerConnections {

    private ListenerConnections() {}

    /** Opens connections shown as {@code applicationName} in {@code pg_stat_activity}. */
    public static ChannelListener.ConnectionOpener opener(JdbcConnectionDetails database, String applicationName) {
        return () -> {
            Properties properties = new Properties();
            if (database.getUsername() != null) {
                properties.setProperty("user", database.getUsername());
            }
            if (database.getPassword() != null) {
                properties.setProperty("password", database.getPassword());
            }
            properties.setProperty("ApplicationName", applicationName);
            properties.setProperty("tcpKeepAlive", "true");
            return DriverManager.getConnection(database.getJdbcUrl(), properties);
        };
    }

    public static ChannelListener.Timing timing(AggregationProperties.Listener settings) {
        return new ChannelListener.Timing(settings.idleCheck(), settings.reconnectInitial(), settings.reconnectMax());
    }
}
