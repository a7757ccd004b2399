package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.regions.events.RegionEvent;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores detected events in {@code region_event}, upserted on their key (region, kind, vessel, start): a port call or
 * waiting spell arrives open, then closed, and a rebuild finds the events a live run stored under the same keys.
 * Callers hold a transaction.
 */
@Repository
class RegionEventStore {

    /**
     * An event arriving open does not reopen a stored closed one: a rebuild that stops reading before a visit ended
     * finds it open, while the live run that went on saw it end.
     */
    private static final String UPSERT =
            """
            INSERT INTO region_event AS e (region_id, kind, mmsi, started_at, ended_at, direction, category, draught,
                region_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (region_id, kind, mmsi, started_at) DO UPDATE SET
                ended_at = coalesce(EXCLUDED.ended_at, e.ended_at), direction = EXCLUDED.direction,
                category = EXCLUDED.category, draught = coalesce(EXCLUDED.draught, e.draught),
                region_version = EXCLUDED.region_version
            """;

    private final JdbcTemplate jdbc;

    RegionEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(Collection<RegionEvent> events, RegionSet regions) {
        List<Object[]> rows = events.stream()
                .map(event -> new Object[] {
                    event.regionId(),
                    event.type().key(),
                    (int) event.mmsi(),
                    Timestamp.from(event.start()),
                    event.end() == null ? null : Timestamp.from(event.end()),
                    event.direction() == null ? null : event.direction().key(),
                    event.category().key(),
                    event.draught() == null ? null : event.draught().floatValue(),
                    regions.version(event.regionId())
                })
                .toList();
        int[] types = {
            Types.BIGINT,
            Types.VARCHAR,
            Types.INTEGER,
            Types.TIMESTAMP,
            Types.TIMESTAMP,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.REAL,
            Types.INTEGER
        };
        jdbc.batchUpdate(UPSERT, rows, types);
    }

    /**
     * Deletes the events of these regions that started in {@code [from, to)} and are not among {@code kept}: a
     * rebuild's answer replaces what the range held.
     */
    int deleteOthers(RegionSet regions, Instant from, Instant to, Collection<RegionEvent> kept) {
        return jdbc.update(con -> {
            var statement = con.prepareStatement(
                    """
                    DELETE FROM region_event WHERE region_id = ANY(?) AND started_at >= ? AND started_at < ?
                    AND (region_id, kind, mmsi, started_at) NOT IN (
                        SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS integer[]),
                            CAST(? AS timestamptz[])))
                    """);
            statement.setArray(1, array(con, "bigint", regions.ids()));
            statement.setTimestamp(2, Timestamp.from(from));
            statement.setTimestamp(3, Timestamp.from(to));
            statement.setArray(
                    4,
                    array(
                            con,
                            "bigint",
                            kept.stream().map(RegionEvent::regionId).toArray()));
            statement.setArray(
                    5, array(con, "text", kept.stream().map(e -> e.type().key()).toArray()));
            statement.setArray(
                    6,
                    array(con, "integer", kept.stream().map(e -> (int) e.mmsi()).toArray()));
            statement.setArray(
                    7,
                    array(
                            con,
                            "timestamptz",
                            kept.stream().map(e -> Timestamp.from(e.start())).toArray()));
            return statement;
        });
    }

    private static Array array(Connection con, String type, Object[] values) throws SQLException {
        return con.createArrayOf(type, values);
    }
}
