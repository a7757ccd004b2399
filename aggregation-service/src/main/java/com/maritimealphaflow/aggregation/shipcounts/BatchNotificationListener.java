package com.maritimealphaflow.aggregation.shipcounts;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Wakes the aggregation within moments of a batch's commit: {@code LISTEN ais_batch_committed} on a connection of its
 * own (a pooled connection goes back to the pool and its subscription with it), read on a thread of its own. When the
 * connection drops it reconnects with a doubling backoff and, once listening again, catches up on the batches whose
 * notifications it missed. The clustered polling job remains the safety net either way.
 */
@Component
class BatchNotificationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BatchNotificationListener.class);

    /** Shown in {@code pg_stat_activity.application_name}, to tell this connection from the pool's. */
    static final String APPLICATION_NAME = "alphaflow-aggregation-listener";

    private final ShipCountAggregation aggregation;
    private final JdbcConnectionDetails database;
    private final AggregationProperties.Listener settings;
    private final Object pause = new Object();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread thread;
    private volatile Connection connection;

    BatchNotificationListener(
            ShipCountAggregation aggregation, JdbcConnectionDetails database, AggregationProperties properties) {
        this.aggregation = aggregation;
        this.database = database;
        this.settings = properties.listener();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "aggregation-listener");
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                // unblocks getNotifications at once instead of at the end of its wait
                open.abort(Runnable::run);
            } catch (SQLException e) {
                log.debug("Aborting the listener connection: {}", e.getMessage());
            }
        }
        synchronized (pause) {
            pause.notifyAll();
        }
        Thread listener = thread;
        if (listener != null) {
            try {
                // an aggregation in progress finishes first
                listener.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while subscribed to the channel, once caught up on what was committed before. */
    boolean listening() {
        return listening;
    }

    /** Connections opened so far: more than one means it has reconnected. */
    int connectionsOpened() {
        return connections.get();
    }

    private void run() {
        Duration backoff = settings.reconnectInitial();
        while (running) {
            try (Connection open = connect()) {
                connection = open;
                try (Statement statement = open.createStatement()) {
                    statement.execute("LISTEN " + PipelineChannels.AIS_BATCH_COMMITTED);
                }
                connections.incrementAndGet();
                backoff = settings.reconnectInitial();
                log.info("Listening on {}", PipelineChannels.AIS_BATCH_COMMITTED);
                catchUp();
                listening = true;
                listen(open);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    break;
                }
                log.warn(
                        "The {} listener connection failed ({}); reconnecting in {}",
                        PipelineChannels.AIS_BATCH_COMMITTED,
                        e.getMessage(),
                        backoff);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(settings.reconnectMax()) > 0
                        ? settings.reconnectMax()
                        : backoff.multipliedBy(2);
            } finally {
                listening = false;
                connection = null;
            }
        }
        log.info("Stopped listening on {}", PipelineChannels.AIS_BATCH_COMMITTED);
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }

    private void listen(Connection open) throws SQLException {
        PGConnection postgres = open.unwrap(PGConnection.class);
        int waitMillis = (int) settings.idleCheck().toMillis();
        int validSeconds = (int) Math.max(1, settings.idleCheck().toSeconds());
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(waitMillis);
            if (notifications == null || notifications.length == 0) {
                // a connection dropped without a reset (a dead network path) would otherwise wait silently forever
                if (!open.isValid(validSeconds)) {
                    throw new SQLException("the listener connection stopped answering");
                }
                continue;
            }
            aggregate(notifications);
        }
    }

    private void aggregate(PGNotification[] notifications) {
        Set<Long> ids = new LinkedHashSet<>();
        for (PGNotification notification : notifications) {
            try {
                ids.add(Long.parseLong(notification.getParameter().trim()));
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

    private void catchUp() {
        try {
            ShipCountAggregation.PendingRun run;
            do {
                run = aggregation.aggregatePending(ShipCountAggregation.Trigger.RECONNECT);
                if (run.aggregated() > 0) {
                    log.info("Caught up on {} batches committed while not listening", run.aggregated());
                }
            } while (running && run.mayHaveMore());
        } catch (RuntimeException e) {
            log.error("Could not catch up on pending batches; the polling job will: {}", e.getMessage(), e);
        }
    }

    private void pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (pause) {
            long left;
            while (running && (left = deadline - System.nanoTime()) > 0) {
                try {
                    pause.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
