package com.maritimealphaflow.cleanup.retention;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leaves a partition in the state a cleanup run killed in the middle of {@code DETACH … CONCURRENTLY} leaves it:
 * detach pending. The detach's first transaction marks the partition; its second waits for every transaction that
 * still uses {@code ship_position}. A reader holds one open, and the detaching session is cancelled while it waits.
 */
final class InterruptedDetach {

    private InterruptedDetach() {}

    static void leavePending(DataSource dataSource, String partition) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        try (Connection reader = dataSource.getConnection();
                Connection detacher = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            query(reader, "SELECT count(*) FROM ship_position WHERE mmsi = 0");
            detacher.setAutoCommit(true);
            int pid = query(detacher, "SELECT pg_backend_pid()");
            CompletableFuture<Void> detach = CompletableFuture.runAsync(() -> {
                try (Statement statement = detacher.createStatement()) {
                    statement.execute("ALTER TABLE ship_position DETACH PARTITION " + partition + " CONCURRENTLY");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT inhdetachpending FROM pg_inherits WHERE inhrelid = ?::regclass",
                                    Boolean.class,
                                    partition)
                            && "Lock"
                                    .equals(jdbc.queryForObject(
                                            "SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?",
                                            String.class,
                                            pid)));
            jdbc.queryForObject("SELECT pg_cancel_backend(?)", Boolean.class, pid);
            await().atMost(Duration.ofSeconds(30)).until(detach::isDone);
            reader.rollback();
        }
    }

    private static int query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
