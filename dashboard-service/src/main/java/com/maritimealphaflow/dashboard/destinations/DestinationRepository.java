package com.maritimealphaflow.dashboard.destinations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads reported destinations from {@code ship_static}: one row per vessel with its latest destination, so counting
 * rows counts distinct vessels. The table holds one row per vessel ever heard (the fleet, not the traffic), so a
 * scan of it is bounded by the world's fleet whatever the time range.
 */
@Repository
class DestinationRepository {

    private final JdbcTemplate jdbc;

    DestinationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Vessels per (destination as stored, ship type) among those whose static data is from {@code since} on. The
     * caller normalises the text, so that the rule lives in one place (there are far fewer distinct destinations than
     * vessels).
     */
    List<Group> groups(Instant since) {
        return jdbc.query(
                "SELECT destination, ship_type, count(*) AS vessels"
                        + " FROM ship_static WHERE updated_at >= ? GROUP BY 1, 2",
                (rs, i) -> new Group(
                        rs.getString("destination"), rs.getObject("ship_type", Integer.class), rs.getInt("vessels")),
                Timestamp.from(since));
    }

    /** @param destination as stored; null when the vessels report none */
    record Group(String destination, Integer shipType, int vessels) {}
}
