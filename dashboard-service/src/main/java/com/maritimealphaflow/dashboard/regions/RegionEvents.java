package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.service.BadRequestException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The latest events of a region, newest first, with each vessel's name where it is known. */
@Repository
class RegionEvents {

    static final Set<String> KINDS = Set.of("transit", "port-call", "waiting");

    private final JdbcTemplate jdbc;

    RegionEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param kind {@code transit}, {@code port-call}, {@code waiting}, or null for every kind */
    List<RegionEvent> latest(long regionId, String kind, int limit) {
        List<Object> args = new ArrayList<>(List.of(regionId));
        if (kind != null) {
            args.add(kind);
        }
        args.add(limit);
        return jdbc.query(
                "SELECT e.id, e.mmsi, s.name, e.kind, e.started_at, e.ended_at, e.direction,"
                        + " r.direction_names ->> e.direction AS direction_name, e.category, e.draught"
                        + " FROM region_event e JOIN region r ON r.id = e.region_id"
                        + " LEFT JOIN ship_static s ON s.mmsi = e.mmsi"
                        + " WHERE e.region_id = ?" + (kind == null ? "" : " AND e.kind = ?")
                        + " ORDER BY e.started_at DESC, e.id DESC LIMIT ?",
                RegionEvents::event,
                args.toArray());
    }

    /** The {@code kind} parameter: null or blank for every kind, else one of {@link #KINDS}. */
    static String kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!KINDS.contains(value.strip())) {
            throw new BadRequestException(
                    "kind",
                    "unknown event kind '" + CategoryParameter.abbreviate(value)
                            + "': expected transit, port-call or waiting");
        }
        return value.strip();
    }

    private static RegionEvent event(ResultSet rs, int row) throws SQLException {
        return new RegionEvent(
                rs.getLong("id"),
                rs.getInt("mmsi"),
                rs.getString("name"),
                rs.getString("kind"),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("ended_at")),
                rs.getString("direction"),
                rs.getString("direction_name"),
                rs.getString("category"),
                rs.getObject("draught") == null ? null : rs.getFloat("draught"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
