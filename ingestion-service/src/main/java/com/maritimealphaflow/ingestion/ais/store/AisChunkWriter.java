package com.maritimealphaflow.ingestion.ais.store;

import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.stereotype.Component;

/**
 * Writes one chunk in one transaction: positions and static data are copied into temporary staging tables with
 * {@code COPY}, then moved into the real tables with {@code INSERT … ON CONFLICT}, which stores each duplicate
 * position once and merges static data field by field, the newer report winning. Either the whole chunk lands or
 * none of it.
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

    private final DataSource dataSource;
    private final PositionPartitions partitions;

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
        long positionsStored = 0;
        if (!chunk.positions().isEmpty()) {
            copyIn(copy, "ship_position_stage (" + POSITION_COLUMNS + ")", positionRows(chunk));
            try (Statement statement = connection.createStatement()) {
                positionsStored = statement.executeUpdate(MOVE_POSITIONS);
            }
        }
        if (!chunk.statics().isEmpty()) {
            copyIn(copy, "ship_static_stage (" + STATIC_COLUMNS + ")", staticRows(chunk));
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(MOVE_STATICS);
            }
        }
        return ChunkResult.written(positionsStored, chunk.positions().size() - positionsStored, chunk.staticMessages());
    }

    private static void copyIn(CopyManager copy, String target, String rows) throws SQLException {
        try {
            copy.copyIn("COPY " + target + " FROM STDIN", new StringReader(rows));
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    private static String positionRows(AisChunk chunk) {
        CopyText rows = new CopyText(chunk.positions().size() * 96);
        String source = chunk.source().key();
        for (PositionReport p : chunk.positions()) {
            rows.add(p.mmsi())
                    .add(p.time())
                    .add(p.latitude())
                    .add(p.longitude())
                    .add(p.speedOverGround())
                    .add(p.courseOverGround())
                    .add(p.heading())
                    .add(p.navigationalStatus())
                    .add(p.messageType())
                    .add(source)
                    .endRow();
        }
        return rows.text();
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
