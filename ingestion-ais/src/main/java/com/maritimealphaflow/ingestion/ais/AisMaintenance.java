package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.ingestion.ais.store.PositionPartitions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/**
 * Keeps partitions created ahead of time. (Rows of batches whose instance died are the reaper's, {@code
 * liveness.AbandonedRows}.)
 */
@Service
public class AisMaintenance {

    private final PositionPartitions partitions;
    private final AisProperties settings;
    private final Clock clock;

    public AisMaintenance(PositionPartitions partitions, AisProperties properties, Clock clock) {
        this.partitions = partitions;
        this.settings = properties;
        this.clock = clock;
    }

    public void run() {
        try {
            partitions.ensureAhead(
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                    settings.store().partitionsAhead());
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not create ship_position partitions", e);
        }
    }
}
