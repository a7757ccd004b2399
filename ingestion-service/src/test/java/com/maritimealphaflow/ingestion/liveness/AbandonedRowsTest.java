package com.maritimealphaflow.ingestion.liveness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.service.liveness.ServiceInstance;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;

/** The reaper against real rows: whose rows it takes, what it writes into them, and that two reapers take each once. */
class AbandonedRowsTest extends DatabaseTest {

    private static final Duration GRACE = Duration.ofMinutes(1);

    @Autowired
    AbandonedRows reaper;

    @Autowired
    ServiceInstance self;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void empty() {
        jdbc.execute("TRUNCATE ingestion_log, market_backfill CASCADE");
        jdbc.update("DELETE FROM service_instance WHERE id <> ?", self.id());
    }

    @Test
    void leavesTheRowsOfALiveOwnerAndOfThisInstanceRunning() {
        instance("live", Duration.ofSeconds(5));
        long live = row("ais-batch", "live", Duration.ofHours(3));
        long mine = row("market-csv", self.id(), Duration.ofHours(3));

        assertThat(reaper.reap(GRACE)).isEmpty();

        assertThat(status(live)).isEqualTo("running");
        assertThat(status(mine)).isEqualTo("running");
    }

    @Test
    void abandonsTheRowsOfEveryKindOfAnOwnerSilentForLongerThanTheGrace() {
        Instant lastHeard = instance("dead", Duration.ofMinutes(5));
        long batch = row("ais-batch", "dead", Duration.ofMinutes(20));
        long csv = row("market-csv", "dead", Duration.ofMinutes(10));
        long update = row("market-update", "dead", Duration.ofMinutes(10));
        long completed = row("ais-batch", "dead", Duration.ofMinutes(30));
        jdbc.update("UPDATE ingestion_log SET status = 'completed', ended_at = now() WHERE id = ?", completed);

        assertThat(reaper.reap(GRACE))
                .extracting(AbandonedRows.Reaped::id)
                .containsExactlyInAnyOrder(batch, csv, update);

        for (long id : List.of(batch, csv, update)) {
            assertThat(status(id)).isEqualTo("abandoned");
            assertThat(jdbc.queryForObject("SELECT ended_at FROM ingestion_log WHERE id = ?", Timestamp.class, id))
                    .as("ended when its owner was last heard from")
                    .isEqualTo(Timestamp.from(lastHeard));
            assertThat(jdbc.queryForObject("SELECT error FROM ingestion_log WHERE id = ?", String.class, id))
                    .contains("its instance dead stopped without closing it");
        }
        assertThat(status(completed)).isEqualTo("completed");
        assertThat(jdbc.queryForList("SELECT id FROM service_instance", String.class))
                .as("the dead instance forgotten")
                .containsExactly(self.id());
    }

    @Test
    void abandonsTheRowsOfAnOwnerThatDeregisteredWithoutClosingThemAtOnce() {
        long gone = row("market-csv", "stopped-cleanly", Duration.ofSeconds(2));

        assertThat(reaper.reap(GRACE)).extracting(AbandonedRows.Reaped::id).containsExactly(gone);
    }

    @Test
    void abandonsRowsWithoutAnOwnerOnlyOnceOlderThanTheGrace() {
        long old = row("ais-batch", null, Duration.ofMinutes(2));
        long recent = row("ais-batch", null, Duration.ofSeconds(10));

        assertThat(reaper.reap(GRACE)).extracting(AbandonedRows.Reaped::id).containsExactly(old);
        assertThat(status(recent)).isEqualTo("running");
    }

    @Test
    void abandonsTheLogRowOfABackfillStepWhoseInstanceDiedAndLeavesTheStepToTheLease() {
        instance("dead", Duration.ofMinutes(5));
        long log = row("market-backfill", "dead", Duration.ofMinutes(10));
        long backfill = jdbc.queryForObject(
                "INSERT INTO market_backfill (source, symbols, bar_interval, adjusted, range_from, range_to, status,"
                        + " planned, claimed_by, heartbeat_at) VALUES ('binance', '{BTCUSDT}', '1m', false,"
                        + " now() - interval '2 days', now() - interval '1 day', 'running', true, 'dead',"
                        + " now() - interval '5 minutes') RETURNING id",
                Long.class);
        jdbc.update(
                "INSERT INTO market_backfill_step (backfill_id, seq, symbol, range_from, range_to, expected_bars, status,"
                        + " ingestion_log_id) VALUES (?, 1, 'BTCUSDT', now() - interval '2 days',"
                        + " now() - interval '1 day', 1440, 'running', ?)",
                backfill,
                log);

        assertThat(reaper.reap(GRACE)).extracting(AbandonedRows.Reaped::id).containsExactly(log);

        assertThat(status(log)).isEqualTo("abandoned");
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM market_backfill_step WHERE backfill_id = ?", String.class, backfill))
                .as("the step is resumed by whichever instance takes the lapsed lease over")
                .isEqualTo("running");
    }

    @Test
    void notifiesTheAggregationServiceOfReapedBatchesAndImportedFilesInTheSameTransaction() throws Exception {
        long batch = row("ais-batch", "gone", Duration.ofMinutes(2));
        long importedFile = row("ais-import", "gone", Duration.ofMinutes(2));
        long marketStep = row("market-csv", "gone", Duration.ofMinutes(2));
        try (Connection listener = dataSource.getConnection();
                Statement statement = listener.createStatement()) {
            statement.execute("LISTEN " + PipelineChannels.AIS_BATCH_COMMITTED);

            reaper.reap(GRACE);

            Set<String> notified = new HashSet<>();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                PGNotification[] received = listener.unwrap(PGConnection.class).getNotifications(100);
                if (received != null) {
                    for (PGNotification notification : received) {
                        notified.add(notification.getParameter());
                    }
                }
                return notified.containsAll(List.of(Long.toString(batch), Long.toString(importedFile)));
            });
            statement.execute("UNLISTEN *");
            assertThat(notified)
                    .as("market data is not counted into vessel counts")
                    .doesNotContain(Long.toString(marketStep));
        }
    }

    @Test
    void twoReapersAtOnceTakeEachAbandonedRowOnce() throws Exception {
        instance("dead", Duration.ofMinutes(5));
        List<Long> abandoned = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            abandoned.add(row(i % 2 == 0 ? "ais-batch" : "market-csv", "dead", Duration.ofMinutes(10)));
        }
        List<AbandonedRows.Reaped> first;
        List<AbandonedRows.Reaped> second;
        // A lock on one of the rows holds both reapers inside their UPDATE until both are there.
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("SELECT 1 FROM ingestion_log WHERE id = " + abandoned.get(10) + " FOR UPDATE");
            }
            CompletableFuture<List<AbandonedRows.Reaped>> one = CompletableFuture.supplyAsync(() -> reaper.reap(GRACE));
            CompletableFuture<List<AbandonedRows.Reaped>> two = CompletableFuture.supplyAsync(() -> reaper.reap(GRACE));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                            + " AND query LIKE 'UPDATE ingestion_log l SET status = ''abandoned''%'",
                                    Long.class)
                            == 2);
            holder.rollback();
            first = one.get();
            second = two.get();
        }

        List<Long> reaped = new ArrayList<>();
        first.forEach(r -> reaped.add(r.id()));
        second.forEach(r -> reaped.add(r.id()));
        assertThat(reaped).as("rows reaped by both, together").containsExactlyInAnyOrderElementsOf(abandoned);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM ingestion_log WHERE status = 'abandoned'", Long.class))
                .isEqualTo(20);
    }

    /** Registers an instance last heard from {@code silentFor} ago; returns that time. */
    private Instant instance(String id, Duration silentFor) {
        return jdbc.queryForObject(
                        "INSERT INTO service_instance (id, service, heartbeat_at)"
                                + " VALUES (?, 'ingestion-service', now() - ? * interval '1 millisecond')"
                                + " RETURNING heartbeat_at",
                        Timestamp.class,
                        id,
                        silentFor.toMillis())
                .toInstant();
    }

    private long row(String kind, String owner, Duration startedAgo) {
        return jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, status, owner)"
                        + " VALUES ('simulator', ?, now() - ? * interval '1 millisecond', 'running', ?) RETURNING id",
                Long.class,
                kind,
                startedAgo.toMillis(),
                owner);
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM ingestion_log WHERE id = ?", String.class, id);
    }
}
