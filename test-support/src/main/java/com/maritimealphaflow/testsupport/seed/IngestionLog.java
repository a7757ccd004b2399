package com.maritimealphaflow.testsupport.seed;

import static com.maritimealphaflow.testsupport.seed.Seed.utc;

import com.maritimealphaflow.model.pipeline.PipelineChannels;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of {@code ingestion_log}, one per ingestion batch or market step, and the commit that ends an AIS batch the way
 * the ingestion service ends one: the row completed and a notification sent, in one transaction.
 */
public final class IngestionLog {

    // The kinds the ingestion service writes; these literals are the only ones in the tests.
    public static final String AIS_BATCH = "ais-batch";
    public static final String AIS_IMPORT = "ais-import";
    public static final String MARKET_BACKFILL = "market-backfill";

    private static final String END = "UPDATE ingestion_log SET status = ?, ended_at = ? WHERE id = ?";

    /**
     * One row, built up from a running batch. The messages received that were neither stored as positions or static
     * data nor rejected count as duplicates. A builder rather than a record: most of its columns are optional.
     */
    public static final class Batch {

        private String source = "simulator";
        private String kind = AIS_BATCH;
        private final Instant startedAt;
        private Instant endedAt;
        private String status = "running";
        private long messagesReceived;
        private long positionsStored;
        private long staticsStored;
        private Map<String, Long> rejectedReasons = Map.of();
        private Instant firstReportAt;
        private Instant lastReportAt;
        private String owner;
        private String error;
        private Instant aggregatedAt;

        private Batch(Instant startedAt) {
            this.startedAt = startedAt;
        }

        /** A running AIS batch of the simulator, nothing received yet. */
        public static Batch ais(Instant startedAt) {
            return new Batch(startedAt);
        }

        /**
         * A running attempt at one file of an AIS history import of NOAA: closed and counted like a batch, its report
         * times those of the archive, however old.
         */
        public static Batch aisImport(Instant startedAt) {
            Batch file = new Batch(startedAt).source("noaa");
            file.kind = AIS_IMPORT;
            return file;
        }

        /** A running market backfill step of Binance. */
        public static Batch marketBackfill(Instant startedAt) {
            Batch step = new Batch(startedAt).source("binance");
            step.kind = MARKET_BACKFILL;
            return step;
        }

        public Batch source(String source) {
            this.source = source;
            return this;
        }

        public Batch completed(Instant endedAt) {
            return ended(endedAt, "completed");
        }

        /** Ended at {@code endedAt} with {@code status}: completed, failed, interrupted or abandoned. */
        public Batch ended(Instant endedAt, String status) {
            this.endedAt = endedAt;
            this.status = status;
            return this;
        }

        /** The report times of the earliest and latest position the batch stored. */
        public Batch reports(Instant first, Instant last) {
            this.firstReportAt = first;
            this.lastReportAt = last;
            return this;
        }

        public Batch counts(long received, long positions, long statics) {
            this.messagesReceived = received;
            this.positionsStored = positions;
            this.staticsStored = statics;
            return this;
        }

        /** Rejected messages per reason. */
        public Batch rejected(Map<String, Long> reasons) {
            this.rejectedReasons = reasons;
            return this;
        }

        /** The service instance that opened the row. */
        public Batch owner(String owner) {
            this.owner = owner;
            return this;
        }

        public Batch error(String error) {
            this.error = error;
            return this;
        }

        /** When the aggregation service counted the batch; null until it has. */
        public Batch aggregatedAt(Instant aggregatedAt) {
            this.aggregatedAt = aggregatedAt;
            return this;
        }

        private long rejected() {
            return rejectedReasons.values().stream().mapToLong(Long::longValue).sum();
        }

        private String rejectedReasonsJson() {
            return rejectedReasons.entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                    .collect(Collectors.joining(",", "{", "}"));
        }
    }

    private final JdbcTemplate jdbc;

    IngestionLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the row and returns its id. */
    public long insert(Batch batch) {
        return jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, ended_at, status, messages_received,"
                        + " positions_stored, statics_stored, duplicates, rejected, rejected_reasons,"
                        + " first_report_at, last_report_at, owner, error, aggregated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) RETURNING id",
                Long.class,
                batch.source,
                batch.kind,
                utc(batch.startedAt),
                utc(batch.endedAt),
                batch.status,
                batch.messagesReceived,
                batch.positionsStored,
                batch.staticsStored,
                batch.messagesReceived - batch.positionsStored - batch.staticsStored - batch.rejected(),
                batch.rejected(),
                batch.rejectedReasonsJson(),
                utc(batch.firstReportAt),
                utc(batch.lastReportAt),
                batch.owner,
                batch.error,
                utc(batch.aggregatedAt));
    }

    /** Ends a running row with {@code status}, without a notification. */
    public void end(long id, String status, Instant endedAt) {
        jdbc.update(END, status, utc(endedAt), id);
    }

    /** Completes a running batch and notifies in one transaction, as the ingestion service does. */
    public void commitWithNotification(long id, Instant endedAt) {
        commitWithNotifications(Map.of(id, endedAt));
    }

    /**
     * Completes running batches (id to end time) and notifies, all in one transaction, so that the notifications
     * arrive together, in the map's order.
     */
    public void commitWithNotifications(Map<Long, Instant> endedById) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                commit(connection, endedById);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    private static void commit(Connection connection, Map<Long, Instant> endedById) throws SQLException {
        try (var end = connection.prepareStatement(END);
                var notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            for (Map.Entry<Long, Instant> batch : endedById.entrySet()) {
                end.setString(1, "completed");
                end.setObject(2, utc(batch.getValue()));
                end.setLong(3, batch.getKey());
                end.executeUpdate();
                notify.setString(1, PipelineChannels.AIS_BATCH_COMMITTED);
                notify.setString(2, Long.toString(batch.getKey()));
                notify.execute();
            }
        }
    }

    /** Marks the row counted, as the aggregation service does when it claims an ended row. */
    public void aggregate(long id, Instant at) {
        jdbc.update("UPDATE ingestion_log SET aggregated_at = ? WHERE id = ?", utc(at), id);
    }

    /** Whether the aggregation service has counted the batch. */
    public boolean aggregated(long id) {
        return jdbc.queryForObject(
                "SELECT aggregated_at IS NOT NULL FROM ingestion_log WHERE id = ?", Boolean.class, id);
    }
}
