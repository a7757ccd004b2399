package com.maritimealphaflow.ingestion.ais;

import com.maritimealphaflow.ingestion.IngestionProperties;
import com.maritimealphaflow.ingestion.ais.store.PositionPartitions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;

/** Keeps partitions created ahead of time and closes the log rows of batches whose instance died mid-batch. */
@Service
public class AisMaintenance {

    private static final Logger log = LoggerFactory.getLogger(AisMaintenance.class);

    private final PositionPartitions partitions;
    private final IngestionLog ingestionLog;
    private final IngestionProperties.Ais settings;
    private final Clock clock;

    public AisMaintenance(
            PositionPartitions partitions, IngestionLog ingestionLog, IngestionProperties properties, Clock clock) {
        this.partitions = partitions;
        this.ingestionLog = ingestionLog;
        this.settings = properties.ais();
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
        // A live batch lasts at most one interval (or one duration); one still running after twice the longer of
        // the two plus the write give-up time belongs to an instance that is gone.
        Duration longest = settings.batchInterval().compareTo(settings.batchDuration()) > 0
                ? settings.batchInterval()
                : settings.batchDuration();
        Duration cutoff = longest.multipliedBy(2).plus(settings.store().giveUpAfter());
        int abandoned = ingestionLog.markAbandoned(clock.instant().minus(cutoff));
        if (abandoned > 0) {
            log.warn("Marked {} abandoned batch(es) as interrupted", abandoned);
        }
    }
}
