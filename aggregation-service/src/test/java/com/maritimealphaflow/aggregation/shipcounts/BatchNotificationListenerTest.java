package com.maritimealphaflow.aggregation.shipcounts;

import static com.maritimealphaflow.testsupport.seed.Seed.at;
import static com.maritimealphaflow.testsupport.seed.Seed.utc;
import static com.maritimealphaflow.testsupport.seed.ShipCounts.expected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.aggregation.DatabaseTest;
import com.maritimealphaflow.testsupport.seed.Fresh;
import com.maritimealphaflow.testsupport.seed.IngestionLog.Batch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The listener path with the polling job out of the way (the scheduler stays in standby in these tests): only the
 * notification, or the listener's catch-up after (re)connecting, can aggregate a batch here.
 */
class BatchNotificationListenerTest extends DatabaseTest {

    @Autowired
    BatchNotificationListener listener;

    @Test
    void aggregatesABatchSoonAfterItsCommitNotification() {
        LocalDate day = Fresh.day();
        int vessel = Fresh.vessel();
        seed.shipStatics().shipType(vessel, at(day, "00:00:00"), 74);
        seed.shipPositions().reports(vessel, at(day, "14:00:20"));
        long batch = seed.ingestionLog()
                .insert(Batch.ais(at(day, "14:00:00")).reports(at(day, "14:00:20"), at(day, "14:00:20")));

        seed.ingestionLog().commitWithNotification(batch, at(day, "14:01:00"));

        await().until(() -> seed.ingestionLog().aggregated(batch));
        assertThat(seed.shipCounts().window(at(day, "14:00:00"))).isEqualTo(expected(1, "cargo", 1));
    }

    @Test
    void reconnectsAfterItsConnectionIsKilledAndCatchesUpOnWhatItMissed() {
        int opened = listener.connectionsOpened();
        Integer killed = jdbc.queryForObject(
                // only this test's database: other builds on the same server run listeners of their own
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE application_name = ? AND datname = current_database()",
                Integer.class,
                BatchNotificationListener.APPLICATION_NAME);
        assertThat(killed).isEqualTo(1);
        // committed while the listener is down or reconnecting: its notification may well be lost
        LocalDate day = Fresh.day();
        seed.shipPositions().partition(day);
        long batch = seed.ingestionLog().insert(Batch.ais(at(day, "09:00:00")));
        seed.ingestionLog().commitWithNotification(batch, at(day, "09:01:00"));

        await().until(() -> listener.connectionsOpened() > opened && listener.listening());
        await().until(() -> seed.ingestionLog().aggregated(batch));
        assertThat(seed.shipCounts().window(at(day, "09:00:00"))).isEqualTo(expected(0));
    }

    @Test
    void catchesUpOnBatchesCommittedWhileItWasStopped() {
        listener.stop();
        List<Long> batches = new ArrayList<>();
        LocalDate day = Fresh.day();
        seed.shipPositions().partition(day);
        try {
            for (int i = 0; i < 12; i++) {
                long batch =
                        seed.ingestionLog().insert(Batch.ais(at(day, "10:00:00").plusSeconds(300L * i)));
                seed.ingestionLog()
                        .commitWithNotification(batch, at(day, "10:01:00").plusSeconds(300L * i));
                batches.add(batch);
            }
            assertThat(batches).noneMatch(seed.ingestionLog()::aggregated);
        } finally {
            listener.start();
        }

        await().until(() -> batches.stream().allMatch(seed.ingestionLog()::aggregated));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM ship_count_agg WHERE batch_start >= ? AND batch_start < ?",
                        Integer.class,
                        utc(at(day, "10:00:00")),
                        utc(at(day, "11:00:00"))))
                .isEqualTo(12);
    }
}
