package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.ingestion.ais.store.BatchCounts;
import com.maritimealphaflow.model.ais.AisSourceKind;
import com.maritimealphaflow.model.pipeline.IngestionKind;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.service.liveness.ServiceInstance;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code ingestion_log} rows of AIS batches: one opened when a batch starts, owned by this instance; each committed
 * chunk adds its counts to it (in {@code store.AisChunkWriter}); the end adds the rest and closes it. A row whose
 * instance dies on the way is closed by the reaper ({@code liveness.AbandonedRows}).
 */
@Repository
public class IngestionLog {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ServiceInstance instance;

    public IngestionLog(JdbcTemplate jdbc, TransactionTemplate transaction, ServiceInstance instance) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.instance = instance;
    }

    /** Opens a row in status {@code running}, owned by this instance, and returns its id. */
    public long start(AisSourceKind source, Instant startedAt) {
        return jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, status, owner) VALUES (?, ?, ?, 'running', ?)"
                        + " RETURNING id",
                Long.class,
                source.key(),
                IngestionKind.AIS_BATCH.key(),
                Timestamp.from(startedAt),
                instance.id());
    }

    /** Opens a row of kind {@code ais-import} for one attempt at one file of the import {@code importId}. */
    public long startImport(AisSourceKind source, long importId, Instant startedAt) {
        return jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, status, owner, ais_import_id)"
                        + " VALUES (?, ?, ?, 'running', ?, ?) RETURNING id",
                Long.class,
                source.key(),
                IngestionKind.AIS_IMPORT.key(),
                Timestamp.from(startedAt),
                instance.id(),
                importId);
    }

    /**
     * Closes the row, adding what no committed chunk has counted, and in the same transaction notifies the aggregation
     * service: it sees the notification only once the row and everything before it is committed. A row the reaper
     * took for abandoned while this instance was stalled gets its real end, and is counted again.
     */
    void finish(long id, BatchOutcome outcome, BatchCounts unchunked) {
        transaction.executeWithoutResult(status -> {
            jdbc.update(
                    "UPDATE ingestion_log SET " + BatchCounts.ADD
                            + ", status = ?, ended_at = ?, error = ?, aggregated_at = NULL"
                            // a retry after a commit whose answer was lost must not add the counts twice
                            + " WHERE id = ? AND status IN ('running', 'abandoned')",
                    statement -> {
                        int next = unchunked.bind(statement, 1);
                        statement.setString(next++, outcome.status().key());
                        statement.setTimestamp(next++, Timestamp.from(outcome.endedAt()));
                        statement.setString(next++, outcome.error());
                        statement.setLong(next, id);
                    });
            jdbc.queryForObject(
                    "SELECT pg_notify(?, ?)", Object.class, PipelineChannels.AIS_BATCH_COMMITTED, Long.toString(id));
        });
    }
}
