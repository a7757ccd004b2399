package com.maritimealphaflow.service.notify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code LISTEN}s on a PostgreSQL channel on a connection of its own (a pooled connection goes back to the pool and
 * its subscription with it), read on a thread of its own. When the connection drops it reconnects with a doubling
 * backoff and, once listening again, calls {@link #catchUp()} for what was committed while it was not. A listener is
 * never the only way work is found: each use keeps a poll beside it.
 */
public abstract class ChannelListener {

    /** Opens a new connection to the database, outside any pool. */
    @FunctionalInterface
    public interface ConnectionOpener {
        Connection open() throws SQLException;

        /** Connections by the driver, shown as {@code applicationName} in {@code pg_stat_activity}. */
        static ConnectionOpener of(String jdbcUrl, String user, String password, String applicationName) {
            return () -> {
                Properties properties = new Properties();
                if (user != null) {
                    properties.setProperty("user", user);
                }
                if (password != null) {
                    properties.setProperty("password", password);
                }
                properties.setProperty("ApplicationName", applicationName);
                properties.setProperty("tcpKeepAlive", "true");
                return DriverManager.getConnection(jdbcUrl, properties);
            };
        }
    }

    /**
     * @param idleCheck how long to wait for notifications before checking that the connection still answers
     * @param reconnectInitial the first wait before reconnecting; it doubles per failure
     * @param reconnectMax the longest wait between reconnection attempts
     */
    public record Timing(Duration idleCheck, Duration reconnectInitial, Duration reconnectMax) {}

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String channel;
    private final ConnectionOpener opener;
    private final Timing timing;
    private final Object pause = new Object();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread thread;
    private volatile Connection connection;

    protected ChannelListener(String channel, ConnectionOpener opener, Timing timing) {
        this.channel = channel;
        this.opener = opener;
        this.timing = timing;
    }

    /** The notifications' payloads, in the order received; called on the listener's thread. */
    protected abstract void onNotifications(List<String> payloads);

    /** Finds what was committed while not listening; called after each (re)connection, before listening. */
    protected abstract void catchUp();

    /**
     * Called on the listener's thread when {@link Timing#idleCheck()} passes without a notification, and as often
     * while waiting to reconnect; nothing by default. A listener that must also poll does it here.
     */
    protected void onIdle() {}

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, channel + "-listener");
        thread.start();
    }

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
                // work in progress finishes first
                listener.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** True while subscribed to the channel, once caught up on what was committed before. */
    public boolean listening() {
        return listening;
    }

    /** Connections opened so far: more than one means it has reconnected. */
    public int connectionsOpened() {
        return connections.get();
    }

    private void run() {
        Duration backoff = timing.reconnectInitial();
        while (running) {
            try (Connection open = opener.open()) {
                connection = open;
                try (Statement statement = open.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                connections.incrementAndGet();
                backoff = timing.reconnectInitial();
                log.info("Listening on {}", channel);
                safely("catch up", this::catchUp);
                listening = true;
                listen(open);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    break;
                }
                log.warn(
                        "The {} listener connection failed ({}); reconnecting in {}", channel, e.getMessage(), backoff);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(timing.reconnectMax()) > 0
                        ? timing.reconnectMax()
                        : backoff.multipliedBy(2);
            } finally {
                listening = false;
                connection = null;
            }
        }
        log.info("Stopped listening on {}", channel);
    }

    private void listen(Connection open) throws SQLException {
        PGConnection postgres = open.unwrap(PGConnection.class);
        int waitMillis = (int) timing.idleCheck().toMillis();
        int validSeconds = (int) Math.max(1, timing.idleCheck().toSeconds());
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(waitMillis);
            if (notifications == null || notifications.length == 0) {
                // a connection dropped without a reset (a dead network path) would otherwise wait silently forever
                if (!open.isValid(validSeconds)) {
                    throw new SQLException("the listener connection stopped answering");
                }
                safely("idle work", this::onIdle);
                continue;
            }
            List<String> payloads = new ArrayList<>(notifications.length);
            for (PGNotification notification : notifications) {
                payloads.add(notification.getParameter());
            }
            safely("handle notifications", () -> onNotifications(payloads));
        }
    }

    private void safely(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Could not {} on {}; the poll will retry: {}", what, channel, e.getMessage(), e);
        }
    }

    private void pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        long left;
        while (running && (left = deadline - System.nanoTime()) > 0) {
            synchronized (pause) {
                try {
                    pause.wait(Math.max(1, Math.min(left, timing.idleCheck().toNanos()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (running && deadline - System.nanoTime() > 0) {
                safely("idle work", this::onIdle);
            }
        }
    }
}
