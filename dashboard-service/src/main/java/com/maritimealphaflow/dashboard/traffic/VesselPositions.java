package com.maritimealphaflow.dashboard.traffic;

import com.maritimealphaflow.dashboard.VesselText;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads each vessel's latest position from {@code ship_position}, joined with its static data. */
@Repository
class VesselPositions {

    /**
     * The time bounds are bind parameters on the partition key, so PostgreSQL prunes every daily partition outside
     * them (at planning with a custom plan, at executor start-up with a generic one) and reads the rest through the
     * BRIN index: a window of an hour touches one or two partitions however many days are stored.
     */
    static final String LATEST_IN_WINDOW =
            """
            SELECT p.mmsi, p.report_time, p.latitude, p.longitude, p.speed, p.course, p.heading, p.nav_status,
                   s.name, s.call_sign, s.ship_type, s.destination
            FROM (SELECT DISTINCT ON (mmsi) mmsi, report_time, latitude, longitude, speed, course, heading, nav_status
                  FROM ship_position
                  WHERE report_time > ? AND report_time <= ?
                  ORDER BY mmsi, report_time DESC) p
            LEFT JOIN ship_static s ON s.mmsi = p.mmsi
            """;

    private final JdbcTemplate jdbc;

    VesselPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each vessel's latest position with a report time in {@code (from, to]}. */
    List<VesselPosition> latest(Instant from, Instant to) {
        return jdbc.query(LATEST_IN_WINDOW, VesselPositions::position, Timestamp.from(from), Timestamp.from(to));
    }

    /** The newest report time the ingestion log knows of, to explain an empty map. */
    Optional<Instant> newestReport() {
        return jdbc
                .query(
                        "SELECT last_report_at FROM ingestion_log WHERE last_report_at IS NOT NULL"
                                + " ORDER BY started_at DESC LIMIT 1",
                        (rs, i) -> rs.getTimestamp(1).toInstant())
                .stream()
                .findFirst();
    }

    /** Five decimals of a degree, about a metre: finer digits only lengthen the JSON of every vessel. */
    private static double metre(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }

    private static VesselPosition position(ResultSet rs, int row) throws SQLException {
        Integer shipType = rs.getObject("ship_type", Integer.class);
        return new VesselPosition(
                rs.getInt("mmsi"),
                rs.getString("name"),
                rs.getString("call_sign"),
                shipType,
                VesselCategory.ofShipType(shipType).key(),
                metre(rs.getDouble("latitude")),
                metre(rs.getDouble("longitude")),
                rs.getObject("speed", Float.class),
                rs.getObject("course", Float.class),
                rs.getObject("heading", Integer.class),
                rs.getObject("nav_status", Integer.class),
                VesselText.normalised(rs.getString("destination")),
                rs.getTimestamp("report_time").toInstant());
    }
}
