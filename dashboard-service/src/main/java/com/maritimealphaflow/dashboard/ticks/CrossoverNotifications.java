package com.maritimealphaflow.dashboard.ticks;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.service.retry.Backoff;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per instance that {@code LISTEN}s on {@link PipelineChannels#TICK_CROSSOVERS_COMMITTED} on a connection
 * of its own (a pooled one would take its subscription back to the pool) and tells the {@link CrossoverWatcher}s at
 * each notification and at least every poll interval: the Flink job's sink may store crossovers without notifying.
 * A dropped connection is reopened with a doubling backoff; the watchers are still told meanwhile.
 */
@Component
class CrossoverNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CrossoverNotifications.class);

    static final String APPLICATION_NAME = "alphaflow-dashboard-ticks";

    private final List<CrossoverWatcher> watchers;
    private final JdbcConnectionDetails database;
    private final Duration pollInterval;
    private final Object pause = new Object();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread thread;
    private volatile Connection connection;

    CrossoverNotifications(
            List<CrossoverWatcher> watchers, JdbcConnectionDetails database, DashboardProperties properties) {
        this.watchers = watchers;
        this.database = database;
        this.pollInterval = properties.ticks().stream().pollInterval();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "tick-crossover-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        Connection open = connection;
        if (open != null) {
            try {
                open.abort(Runnable::run);
            } catch (SQLException e) {
                log.debug("Aborting the tick listener connection: {}", e.getMessage());
            }
        }
        synchronized (pause) {
            pause.notifyAll();
        }
        Thread listener = thread;
        if (listener != null) {
            try {
                listener.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** True while subscribed to the channel. */
    boolean listening() {
        return listening;
    }

    private void run() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
        while (running) {
            try (Connection open = connect()) {
                connection = open;
                try (Statement statement = open.createStatement()) {
                    statement.execute("LISTEN " + PipelineChannels.TICK_CROSSOVERS_COMMITTED);
                }
                backoff.reset();
                listening = true;
                log.info("Listening on {}", PipelineChannels.TICK_CROSSOVERS_COMMITTED);
                listen(open);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    break;
                }
                Duration wait = backoff.next();
                log.warn(
                        "The {} listener connection failed ({}); polling only, reconnecting in {}",
                        PipelineChannels.TICK_CROSSOVERS_COMMITTED,
                        e.getMessage(),
                        wait);
                pollFor(wait);
            } finally {
                listening = false;
                connection = null;
            }
        }
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
        int waitMillis = (int) pollInterval.toMillis();
        long lastValidated = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(waitMillis);
            if ((notifications == null || notifications.length == 0)
                    && System.nanoTime() - lastValidated
                            > Duration.ofSeconds(30).toNanos()) {
                // a connection dropped without a reset (a dead network path) would otherwise wait silently forever
                if (!open.isValid(5)) {
                    throw new SQLException("the listener connection stopped answering");
                }
                lastValidated = System.nanoTime();
            }
            tellWatchers();
        }
    }

    /** Polls every interval for {@code wait}, while the connection is down. */
    private void pollFor(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (running && System.nanoTime() < deadline) {
            tellWatchers();
            long left = Math.min(pollInterval.toNanos(), deadline - System.nanoTime());
            synchronized (pause) {
                try {
                    if (left > 0 && running) {
                        pause.wait(Math.max(1, left / 1_000_000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
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
