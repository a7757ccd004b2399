package com.maritimealphaflow.dashboard.regions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code region} table: read for the page and the series, written by the editor. */
@Repository
class RegionRepository {

    private static final String COLUMNS =
            "id, name, kind, geometry::text, gates::text, direction_names::text, port_id," + " preset, note, version";

    private final JdbcTemplate jdbc;

    RegionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every region, by name; a hundred or so, each a few kilobytes of polygon. */
    List<Region> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM region ORDER BY name", RegionRepository::region);
    }

    Optional<Region> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM region WHERE id = ?", RegionRepository::region, id).stream()
                .findFirst();
    }

    /** Inserts the region; a name already taken throws {@code DuplicateKeyException}. */
    long insert(RegionRow row) {
        return jdbc.queryForObject(
                "INSERT INTO region (name, kind, geometry, gates, direction_names, port_id, preset, note)"
                        + " VALUES (?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, false, ?) RETURNING id",
                Long.class,
                row.values());
    }

    /**
     * Replaces what a user edits. An edited preset is no longer one: the migration that ships the presets re-applies
     * its approximation only to regions still marked preset. The table's trigger raises the version when kind,
     * geometry or gates change.
     */
    boolean update(long id, RegionRow row) {
        return jdbc.update(
                        "UPDATE region SET name = ?, kind = ?, geometry = ?::jsonb, gates = ?::jsonb,"
                                + " direction_names = ?::jsonb, port_id = ?, note = ?, preset = false WHERE id = ?",
                        row.values(id))
                > 0;
    }

    /** Deletes the region with its events and series (the foreign keys cascade); anchorages lose their port. */
    boolean delete(long id) {
        return jdbc.update("DELETE FROM region WHERE id = ?", id) > 0;
    }

    /** How many anchorages name the region as their port. */
    int anchoragesOf(long portId) {
        return jdbc.queryForObject("SELECT count(*) FROM region WHERE port_id = ?", Integer.class, portId);
    }

    private static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("kind"),
                rs.getString("geometry"),
                rs.getString("gates"),
                rs.getString("direction_names"),
                rs.getObject("port_id") == null ? null : rs.getLong("port_id"),
                rs.getBoolean("preset"),
                rs.getString("note"),
                rs.getInt("version"));
    }
}
