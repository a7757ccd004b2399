package com.maritimealphaflow.aggregation;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static com.maritimealphaflow.testsupport.seed.Seed.utc;
import static com.maritimealphaflow.testsupport.seed.ShipCounts.expected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.testsupport.ServiceProcess;
import com.maritimealphaflow.testsupport.TestDatabase;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import com.maritimealphaflow.testsupport.seed.Seed;
import com.maritimealphaflow.testsupport.seed.ShipCounts.Window;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The aggregation service as a real process stopped by a real {@code SIGTERM} while it counts a batch: it finishes
 * that batch (its windows, rollups and claim commit together) and then stops, leaving a second notified batch pending
 * for the next start. To catch it in the middle, the test holds a row lock on the window the first batch recounts.
 */
class GracefulShutdownTest {

    private static final Duration START = Duration.ofSeconds(120);

    /** The compose file's stop_grace_period for the aggregation service. */
    private static final Duration GRACE = Duration.ofSeconds(40);

    private static final int EXITED_ON_SIGTERM = 143;

    private static final String LISTENER_CONNECTIONS = "SELECT count(*) FROM pg_stat_activity"
            + " WHERE datname = current_database() AND application_name = 'alphaflow-aggregation-listener'";

    @Test
    void finishesTheBatchItIsCountingThenStopsWithTheNextLeftPending() throws Exception {
        TestDatabase database = TestDatabase.create();
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        try (ServiceProcess service = ServiceProcess.of(AggregationApplication.class)
                        .label("aggregation")
                        .database(database)
                        // the polling job runs once at start, then not again during the test
                        .property("alphaflow.aggregation.poll.interval", "PT1H")
                        .start();
                Connection blocker = database.connect()) {
            service.verify(() -> {
                service.awaitHealthy(START);
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> jdbc.queryForObject(LISTENER_CONNECTIONS, Long.class) == 1);

                Seed seed = new Seed(jdbc);
                LocalDate day = Fresh.day();
                Instant first = at(day, "10:00:00");
                Instant second = at(day, "11:00:00");
                int cargo = Fresh.vessel();
                int tanker = Fresh.vessel();
                seed.shipStatics().shipType(cargo, at(day, "00:00:00"), 74);
                seed.shipStatics().shipType(tanker, at(day, "00:00:00"), 84);
                seed.shipPositions().reports(cargo, at(day, "10:01:00"), at(day, "11:01:00"));
                seed.shipPositions().reports(tanker, at(day, "10:02:00"));
                long counting =
                        seed.ingestionLog().insert(Batch.ais(first).reports(at(day, "10:01:00"), at(day, "10:02:00")));
                long next =
                        seed.ingestionLog().insert(Batch.ais(second).reports(at(day, "11:01:00"), at(day, "11:01:00")));
                // an earlier count of the first window, locked: recounting it waits inside the batch's transaction
                seed.shipCounts().insert(Window.fiveMinutes(first, 0));
                int blockerPid = lockRow(blocker, first);

                // both end in one transaction: their notifications reach the listener together, the first first
                Map<Long, Instant> ended = new LinkedHashMap<>();
                ended.put(counting, at(day, "10:03:00"));
                ended.put(next, at(day, "11:03:00"));
                seed.ingestionLog().commitWithNotifications(ended);
                // the batch is claimed and its first window's count waits for the row, inside one transaction
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> jdbc.queryForObject(
                                        "SELECT count(*) FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))",
                                        Long.class,
                                        blockerPid)
                                == 1);

                service.sendSigterm();
                // the listener drops its connection when it is told to stop; the batch in hand is still waiting
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> jdbc.queryForObject(LISTENER_CONNECTIONS, Long.class) == 0);
                blocker.rollback();
                int exitCode = service.awaitExit(GRACE);

                assertThat(exitCode).as("exit code").isEqualTo(EXITED_ON_SIGTERM);
                assertThat(seed.ingestionLog().aggregated(counting))
                        .as("the batch in hand is counted")
                        .isTrue();
                assertThat(seed.shipCounts().window(first)).isEqualTo(expected(2, "cargo", 1, "tanker", 1));
                assertThat(jdbc.queryForObject(
                                "SELECT count(*) FROM ship_count_rollup WHERE period = 'hour' AND period_start = ?",
                                Long.class,
                                utc(first)))
                        .as("rollups of its hour")
                        .isPositive();
                assertThat(seed.ingestionLog().aggregated(next))
                        .as("the next batch is left pending")
                        .isFalse();
                assertThat(seed.shipCounts().hasWindow(second)).isFalse();
                assertThat(service.output()).contains("Stopped listening on " + PipelineChannels.AIS_BATCH_COMMITTED);
            });
        }
    }

    /** Locks the window's row in an open transaction of {@code blocker}; returns the blocker's backend pid. */
    private static int lockRow(Connection blocker, Instant windowStart) throws Exception {
        blocker.setAutoCommit(false);
        try (PreparedStatement lock =
                        blocker.prepareStatement("SELECT 1 FROM ship_count_agg WHERE batch_start = ? FOR UPDATE");
                PreparedStatement pid = blocker.prepareStatement("SELECT pg_backend_pid()")) {
            lock.setObject(1, utc(windowStart));
            lock.executeQuery().close();
            try (ResultSet rs = pid.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
