package com.maritimealphaflow.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.maritimealphaflow.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What V9's constraints and trigger promise the writers of regions, events and series. Each test is rolled back. */
class RegionSchemaTest {

    private static final String SQUARE = "'{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[10.0,59.0],[10.1,59.0],[10.1,59.1],[10.0,59.1],[10.0,59.0]]]}'";
    private static final String GATES = "'{\"a\":{\"type\":\"LineString\",\"coordinates\":[[10.0,59.0],[10.1,59.0]]},"
            + "\"b\":{\"type\":\"LineString\",\"coordinates\":[[10.0,59.1],[10.1,59.1]]}}'";

    private static TestDatabase database;
    private Connection connection;

    @BeforeAll
    static void migrate() {
        database = PresetRegions.migrated();
    }

    @BeforeEach
    void begin() throws SQLException {
        connection = database.connect();
        connection.setAutoCommit(false);
    }

    @AfterEach
    void rollBack() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void rejectsAChokepointWithoutGatesGatesOnAPortAndAnUnknownKind() throws SQLException {
        assertRejected("INSERT INTO region (name, kind, geometry) VALUES ('no gates', 'chokepoint', " + SQUARE + ")");
        assertRejected("INSERT INTO region (name, kind, geometry, gates) VALUES ('gated port', 'port', " + SQUARE + ", "
                + GATES + ")");
        assertRejected("INSERT INTO region (name, kind, geometry) VALUES ('lake', 'lake', " + SQUARE + ")");
        assertRejected("INSERT INTO region (name, kind, geometry) VALUES ('point', 'area',"
                + " '{\"type\":\"Point\",\"coordinates\":[10.0,59.0]}')");
        assertRejected("INSERT INTO region (name, kind, geometry) VALUES ('Suez Canal', 'area', " + SQUARE + ")");

        update("INSERT INTO region (name, kind, geometry, gates) VALUES ('test strait', 'chokepoint', " + SQUARE + ", "
                + GATES + ")");
        assertThat(query("SELECT version FROM region WHERE name = 'test strait'"))
                .isEqualTo(1);
    }

    @Test
    void raisesTheVersionWhenTheShapeChangesButNotWhenTheRegionIsRenamed() throws SQLException {
        long id = query(
                "INSERT INTO region (name, kind, geometry) VALUES ('test area', 'area', " + SQUARE + ") RETURNING id");

        update("UPDATE region SET name = 'renamed area', note = 'reworded' WHERE id = " + id);
        assertThat(query("SELECT version FROM region WHERE id = " + id)).isEqualTo(1);

        update("UPDATE region SET geometry = jsonb_set(geometry, '{coordinates,0,2,0}', '10.2') WHERE id = " + id);
        assertThat(query("SELECT version FROM region WHERE id = " + id)).isEqualTo(2);

        update("UPDATE region SET kind = 'port' WHERE id = " + id);
        assertThat(query("SELECT version FROM region WHERE id = " + id)).isEqualTo(3);
    }

    @Test
    void theSameEventWrittenTwiceIsOneRowAndItsRegionTakesItsEventsAndSeriesAlong() throws SQLException {
        long strait = query("INSERT INTO region (name, kind, geometry, gates) VALUES ('test strait', 'chokepoint', "
                + SQUARE + ", " + GATES + ") RETURNING id");
        String upsert = "INSERT INTO region_event (region_id, kind, mmsi, started_at, ended_at, direction, category,"
                + " draught, region_version) VALUES (" + strait + ", 'transit', 257000001, '2024-03-01T10:00:00Z',"
                + " %s, 'ab', 'tanker', 9.5, 1) ON CONFLICT (region_id, kind, mmsi, started_at)"
                + " DO UPDATE SET ended_at = EXCLUDED.ended_at";
        update(upsert.formatted("NULL"));
        update(upsert.formatted("'2024-03-01T14:00:00Z'"));
        assertThat(query("SELECT count(*) FROM region_event WHERE ended_at IS NOT NULL"))
                .isEqualTo(1);

        assertRejected("INSERT INTO region_event (region_id, kind, mmsi, started_at, category, region_version) VALUES ("
                + strait + ", 'transit', 257000002, '2024-03-01T10:00:00Z', 'cargo', 1)");
        assertRejected("INSERT INTO region_event (region_id, kind, mmsi, started_at, direction, category,"
                + " region_version) VALUES (" + strait + ", 'port-call', 257000002, '2024-03-01T10:00:00Z', 'ab',"
                + " 'cargo', 1)");

        update("INSERT INTO region_count_agg (region_id, window_start, category, transits_ab) VALUES (" + strait
                + ", '2024-03-01T14:00:00Z', 'tanker', 1)");
        update("INSERT INTO region_count_rollup (region_id, period, period_start, category, windows,"
                + " vessels_present_avg, vessels_present_max, transits_ab, transits_ba, port_calls_started,"
                + " vessels_waiting_avg, vessels_waiting_max) VALUES (" + strait
                + ", 'day', '2024-03-01T00:00:00Z', 'tanker', 288, 0.5, 1, 1, 0, 0, 0, 0)");
        update("DELETE FROM region WHERE id = " + strait);
        assertThat(query("SELECT count(*) FROM region_event")).isZero();
        assertThat(query("SELECT count(*) FROM region_count_agg")).isZero();
        assertThat(query("SELECT count(*) FROM region_count_rollup")).isZero();
    }

    @Test
    void deletingAPortKeepsItsAnchorageWithoutAPortAndOnlyAnchoragesHaveOne() throws SQLException {
        long port = query("SELECT id FROM region WHERE name = 'Bergen'");
        assertThat(query("SELECT count(*) FROM region WHERE port_id = " + port)).isPositive();

        update("DELETE FROM region WHERE id = " + port);

        assertThat(query("SELECT count(*) FROM region WHERE name = 'Bergen Byfjorden anchorage' AND port_id IS NULL"))
                .isEqualTo(1);
        long oslo = query("SELECT id FROM region WHERE name = 'Oslo'");
        assertRejected("UPDATE region SET port_id = " + oslo + " WHERE name = 'Trondheim'");
    }

    private void assertRejected(String sql) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        assertThatThrownBy(() -> update(sql)).as(sql).isInstanceOf(SQLException.class);
        connection.rollback(savepoint);
    }

    private void update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long query(String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
