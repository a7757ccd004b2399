package com.maritimealphaflow.ingestion.ticks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.ingestion.DatabaseTest;
import com.maritimealphaflow.model.ticks.TickSkipReason;
import com.maritimealphaflow.model.ticks.WindowClose;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

/** A flush is all or nothing, tried again when it fails, and merges partials by the latest event time. */
class TickStreamStoreTest extends DatabaseTest {

    private static final long END = 1_636_354_800_000L;

    @Autowired
    TickStreamStore store;

    @BeforeEach
    void clear() {
        jdbc.execute("TRUNCATE tick_stream CASCADE");
    }

    @Test
    void aFailedFlushLeavesNothingAndIsTriedAgainWhole() {
        AtomicInteger attempts = new AtomicInteger();
        TickStreamStore.ResumePoint failsOnce = db -> {
            db.update("INSERT INTO tick_stream_offset (stream_id, partition, next_offset) VALUES ('s', 0, 10)"
                    + " ON CONFLICT (stream_id, partition) DO UPDATE SET next_offset = excluded.next_offset");
            if (attempts.incrementAndGet() == 1) {
                throw new TransientDataAccessResourceException("connection lost");
            }
            return true;
        };

        assertThat(store.write(flush(List.of(close("A", 5.0, END - 1_000)), 3, true), failsOnce))
                .isTrue();

        assertThat(attempts).hasValue(2);
        assertThat(jdbc.queryForMap("SELECT events, late_events, finished, skipped::text FROM tick_stream"))
                .containsEntry("events", 3L)
                .containsEntry("late_events", 1L)
                .containsEntry("finished", true)
                .containsEntry("skipped", "{\"no-price\": 2}");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tick_partial", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aFlushThatKeepsFailingIsThrownAndLeavesNothing() {
        assertThatThrownBy(() -> store.write(flush(List.of(close("A", 5.0, END - 1_000)), 3, false), db -> {
                    throw new QueryTimeoutException("database away");
                }))
                .isInstanceOf(QueryTimeoutException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tick_stream", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM tick_partial", Long.class))
                .isZero();
    }

    @Test
    void partialsMergeByTheLatestEventTimeAndCountsAdd() {
        store.write(
                flush(List.of(close("A", 5.0, END - 1_000), close("B\tC", 7.0, END - 500)), 2, false),
                TickStreamStore.ResumePoint.NONE);
        store.write(
                flush(List.of(close("A", 6.0, END - 2_000), close("B\tC", 8.0, END - 500)), 2, false),
                TickStreamStore.ResumePoint.NONE);

        assertThat(jdbc.queryForList("SELECT symbol || '=' || close FROM tick_partial ORDER BY symbol", String.class))
                .containsExactly("A=5", "B\tC=8");
        assertThat(jdbc.queryForObject("SELECT events FROM tick_stream", Long.class))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT skipped->>'no-price' FROM tick_stream", String.class))
                .isEqualTo("4");
    }

    private static TickStreamStore.Flush flush(List<WindowClose> partials, long events, boolean finished) {
        return new TickStreamStore.Flush(
                "s",
                "replay",
                60_000,
                partials,
                END + 30_000,
                events,
                1,
                Map.of(TickSkipReason.NO_PRICE, 2L),
                finished);
    }

    private static WindowClose close(String symbol, double price, long eventTime) {
        return new WindowClose(symbol, "E", END, price, eventTime);
    }
}
