package com.maritimealphaflow.aggregation.shipcounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.maritimealphaflow.aggregation.DatabaseTest;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The queries of {@link IngestionBatches} as PostgreSQL plans them. */
class IngestionBatchesTest extends DatabaseTest {

    /**
     * The poll looks for pending rows every few seconds, in a table that grows by a row per batch and per imported
     * file for ever: it must read the small partial index of rows awaiting aggregation, never the whole table. A
     * generic plan (what a prepared statement comes to) uses a partial index only when the query's own text implies
     * its predicate, which a kind bound as a parameter would not.
     */
    @Test
    void looksForPendingRowsThroughThePartialIndexEvenInAGenericPlan() throws SQLException {
        String plan;
        // One connection, so that the settings and the prepared statement apply to the EXPLAIN.
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            JdbcTemplate single = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            single.execute("SET plan_cache_mode = force_generic_plan");
            // The test table is small enough for a sequential scan to win; the question is whether the index can serve.
            single.execute("SET enable_seqscan = off");
            single.execute("PREPARE pending(int) AS " + IngestionBatches.PENDING.replace("?", "$1"));
            try {
                plan = String.join("\n", single.queryForList("EXPLAIN (COSTS OFF) EXECUTE pending(5)", String.class));
            } finally {
                single.execute("DEALLOCATE pending");
                single.execute("RESET enable_seqscan");
                single.execute("RESET plan_cache_mode");
            }
        }

        assertThat(plan).contains("ingestion_log_awaiting_aggregation");
    }
}
