package com.maritimealphaflow.ingestion.ais.store;

import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * Writes one chunk in one transaction, either whole or not at all. Positions are copied with binary {@code COPY}
 * straight into {@code ship_position} when they hold no duplicate, else into a temporary staging table and moved with
 * {@code INSERT … ON CONFLICT DO NOTHING}, so that each is stored once. Static data goes the staged way always and is
 * merged field by field, the newer report winning. See docs/decisions/0002.
 */
@Component
class AisChunkWriter {

    /** SQLSTATE 23514 with this text: a row's day has no partition (the cleanup dropped it meanwhile). */
    private static final String NO_PARTITION = "no partition of relation";

    private static final String STAGE_TABLES =
            """
            CREATE TEMP TABLE IF NOT EXISTS ship_position_stage
                (LIKE ship_position INCLUDING DEFAULTS) ON COMMIT DELETE ROWS;
            CREATE TEMP TABLE IF NOT EXISTS ship_static_stage
                (LIKE ship_static INCLUDING DEFAULTS) ON COMMIT DELETE ROWS;
            """;

    private static final String POSITION_COLUMNS =
            "mmsi, report_time, latitude, longitude, speed, course, heading, nav_status, message_type, source";

    private static final String STATIC_COLUMNS = "mmsi, name, call_sign, imo, ship_type, destination, eta, to_bow,"
            + " to_stern, to_port, to_starboard, draught, source, updated_at, first_seen_at";

    private static final String MOVE_POSITIONS = "INSERT INTO ship_position (" + POSITION_COLUMNS + ") SELECT "
            + POSITION_COLUMNS + " FROM ship_position_stage ON CONFLICT (mmsi, report_time) DO NOTHING";

    private static final String MOVE_STATICS = mergeStaticsSql();

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int STAGED_AFTER_DUPLICATE = 20;

    private final DataSource dataSource;
    private final PositionPartitions partitions;

    /** Chunks still to go the staged way after a duplicate; touched only by the one writer thread. */
    private int stagedChunksAhead;

    AisChunkWriter(DataSource dataSource, PositionPartitions partitions) {
        this.dataSource = dataSource;
        this.partitions = partitions;
    }

    ChunkResult write(AisChunk chunk) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            partitions.ensureDays(connection, daysOf(chunk));
            connection.setAutoCommit(false);
            try {
                ChunkResult result = writeInTransaction(connection, chunk);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (e.getMessage() != null && e.getMessage().contains(NO_PARTITION)) {
                    partitions.forget();
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private ChunkResult writeInTransaction(Connection connection, AisChunk chunk) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(STAGE_TABLES);
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        long positionsStored = chunk.positions().isEmpty() ? 0 : writePositions(connection, copy, chunk);
        if (!chunk.statics().isEmpty()) {
            copyIn(copy, "ship_static_stage (" + STATIC_COLUMNS + ")", staticRows(chunk));
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(MOVE_STATICS);
            }
        }
        ChunkResult result = ChunkResult.written(
                positionsStored, chunk.positions().size() - positionsStored, chunk.staticMessages());
        addToBatch(connection, chunk, result);
        return result;
    }

    /**
     * In the chunk's transaction, so that the batch's row counts exactly what is committed whatever happens next. A
     * row already ended (reaped while its instance was stalled) goes back to the aggregation service to be recounted.
     */
    private static void addToBatch(Connection connection, AisChunk chunk, ChunkResult result) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE ingestion_log SET " + BatchCounts.ADD + ", aggregated_at = NULL WHERE id = ?")) {
            int next = chunk.counts().with(result).bind(statement, 1);
            statement.setLong(next, chunk.batchId());
            statement.executeUpdate();
        }
    }

    /**
     * Optimistic: most chunks hold no position already stored, and for them a COPY straight into the table costs half
     * of staging and moving. A duplicate makes that COPY fail as a whole; then the chunk goes the staged way from a
     * savepoint, and so do the next chunks for a while, since a feed that repeats itself (several base stations
     * hearing one ship) tends to keep doing so.
     */
    private long writePositions(Connection connection, CopyManager copy, AisChunk chunk) throws SQLException {
        BinaryCopyRows rows = positionRows(chunk);
        if (stagedChunksAhead == 0) {
            Savepoint beforeCopy = connection.setSavepoint();
            try {
                long copied = copyIn(copy, "ship_position (" + POSITION_COLUMNS + ")", rows);
                connection.releaseSavepoint(beforeCopy);
                return copied;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeCopy);
                stagedChunksAhead = STAGED_AFTER_DUPLICATE;
            }
        } else {
            stagedChunksAhead--;
        }
        copyIn(copy, "ship_position_stage (" + POSITION_COLUMNS + ")", positionRows(chunk));
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(MOVE_POSITIONS);
        }
    }

    private static long copyIn(CopyManager copy, String target, BinaryCopyRows rows) throws SQLException {
        try {
            return copy.copyIn("COPY " + target + " FROM STDIN (FORMAT binary)", rows.finish());
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    private static long copyIn(CopyManager copy, String target, String rows) throws SQLException {
        try {
            return copy.copyIn("COPY " + target + " FROM STDIN", new StringReader(rows));
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    private static BinaryCopyRows positionRows(AisChunk chunk) {
        BinaryCopyRows rows = new BinaryCopyRows(chunk.positions().size() * 90);
        byte[] source = BinaryCopyRows.utf8(chunk.source().key());
        for (PositionReport p : chunk.positions()) {
            rows.row(10)
                    .int4(p.mmsi())
                    .timestamptz(p.time())
                    .float8(p.latitude())
                    .float8(p.longitude())
                    .float4(p.speedOverGround())
                    .float4(p.courseOverGround())
                    .int2(p.heading())
                    .int2(p.navigationalStatus())
                    .int2(p.messageType())
                    .text(source);
        }
        return rows;
    }

    private static String staticRows(AisChunk chunk) {
        CopyText rows = new CopyText(chunk.statics().size() * 160);
        String source = chunk.source().key();
        for (StaticReport s : chunk.statics()) {
            rows.add(s.mmsi())
                    .add(s.name())
                    .add(s.callSign())
                    .add(s.imo())
                    .add(s.shipType())
                    .add(s.destination())
                    .add(s.eta())
                    .add(s.toBow())
                    .add(s.toStern())
                    .add(s.toPort())
                    .add(s.toStarboard())
                    .add(s.draught())
                    .add(source)
                    .add(s.time())
                    .add(s.time())
                    .endRow();
        }
        return rows.text();
    }

    private static SortedSet<LocalDate> daysOf(AisChunk chunk) {
        SortedSet<LocalDate> days = new TreeSet<>();
        LocalDate last = null;
        for (PositionReport p : chunk.positions()) {
            LocalDate day = PositionPartitions.dayOf(p.time());
            if (!day.equals(last)) {
                days.add(day);
                last = day;
            }
        }
        return days;
    }

    /**
     * Each field takes the newer report's value when it has one; an older report (a replay of an old file) only
     * fills fields the row does not have yet.
     */
    private static String mergeStaticsSql() {
        String[] merged = {
            "name",
            "call_sign",
            "imo",
            "ship_type",
            "destination",
            "eta",
            "to_bow",
            "to_stern",
            "to_port",
            "to_starboard",
            "draught",
            "source"
        };
        StringBuilder sql = new StringBuilder("INSERT INTO ship_static AS s (" + STATIC_COLUMNS + ") SELECT "
                + STATIC_COLUMNS + " FROM ship_static_stage ON CONFLICT (mmsi) DO UPDATE SET ");
        for (String column : merged) {
            sql.append(column)
                    .append(" = CASE WHEN EXCLUDED.updated_at >= s.updated_at THEN COALESCE(EXCLUDED.")
                    .append(column)
                    .append(", s.")
                    .append(column)
                    .append(") ELSE COALESCE(s.")
                    .append(column)
                    .append(", EXCLUDED.")
                    .append(column)
                    .append(") END, ");
        }
        sql.append("updated_at = GREATEST(s.updated_at, EXCLUDED.updated_at), ")
                .append("first_seen_at = LEAST(s.first_seen_at, EXCLUDED.first_seen_at)");
        return sql.toString();
    }
}
