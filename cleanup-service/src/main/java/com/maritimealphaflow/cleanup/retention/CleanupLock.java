package com.maritimealphaflow.cleanup.retention;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run at a time across every instance: a PostgreSQL session advisory lock, held by the connection the run does
 * its DDL on. Quartz already keeps the scheduled job from overlapping itself in the cluster; this also covers runs
 * requested over the API. If the instance dies, its session ends and the lock is released with it.
 */
@Component
class CleanupLock {

    private static final Logger log = LoggerFactory.getLogger(CleanupLock.class);

    /** The lock's key, as SQL: the same in every instance and in tests. */
    static final String KEY = "hashtext('alphaflow.cleanup')";

    private final DataSource dataSource;

    CleanupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes the lock if it is free. */
    Optional<Held> tryAcquire() throws SQLException {
        Connection connection = open();
        try {
            if (query(connection, "SELECT pg_try_advisory_lock(" + KEY + ")")) {
                return Optional.of(new Held(connection));
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    /** Waits until the lock is free and takes it. */
    Held acquire() throws SQLException {
        Connection connection = open();
        try {
            query(connection, "SELECT pg_advisory_lock(" + KEY + ") IS NULL");
            return new Held(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private Connection open() throws SQLException {
        Connection connection = dataSource.getConnection();
        // DETACH … CONCURRENTLY refuses to run inside a transaction block
        connection.setAutoCommit(true);
        return connection;
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The lock, held until closed; its connection is in autocommit mode. */
    static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        Connection connection() {
            return connection;
        }

        @Override
        public void close() {
            try {
                query(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
                connection.close();
            } catch (SQLException e) {
                // A session advisory lock outlives the pool's checkout: a pooled connection that may still hold it
                // must not be handed out again. Aborting it ends the session, and the lock with it; the pool then
                // discards the connection.
                log.warn("Could not release the cleanup lock; discarding its connection: {}", e.getMessage());
                try {
                    connection.abort(Runnable::run);
                    connection.close();
                } catch (SQLException gone) {
                    log.debug("Closing the aborted connection: {}", gone.getMessage());
                }
            }
        }
    }
}
