package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.regions.events.VesselTrack;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Each vessel's detector state between batches, in {@code region_track}. Callers hold a transaction. */
@Repository
class RegionTracks {

    private static final Logger log = LoggerFactory.getLogger(RegionTracks.class);

    private static final int CHUNK = 1_000;

    private final JdbcTemplate jdbc;

    RegionTracks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The stored states of these vessels, locked until the transaction ends. A state the detector cannot read (of an
     * older format) is dropped with a warning: the vessel starts afresh.
     */
    Map<Long, VesselTrack> load(Collection<Long> vessels) {
        Map<Long, VesselTrack> tracks = new HashMap<>();
        List<Long> all = new ArrayList<>(vessels);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            jdbc.query(
                    con -> {
                        var statement = con.prepareStatement(
                                "SELECT mmsi, CAST(state AS text) FROM region_track WHERE mmsi = ANY(?) FOR UPDATE");
                        Array ids = con.createArrayOf(
                                "integer", chunk.stream().map(Long::intValue).toArray());
                        statement.setArray(1, ids);
                        return statement;
                    },
                    rs -> {
                        long mmsi = rs.getInt(1);
                        try {
                            tracks.put(mmsi, VesselTrack.fromJson(rs.getString(2)));
                        } catch (IllegalArgumentException e) {
                            log.warn(
                                    "The region track of {} could not be read and starts afresh: {}",
                                    mmsi,
                                    e.getMessage());
                        }
                    });
        }
        return tracks;
    }

    /** Stores the states of tracks that processed at least one position. */
    void save(Collection<VesselTrack> tracks) {
        List<Object[]> rows = tracks.stream()
                .filter(track -> track.lastTime() != null)
                .map(track -> new Object[] {(int) track.mmsi(), track.toJson(), Timestamp.from(track.lastTime())})
                .toList();
        jdbc.batchUpdate(
                "INSERT INTO region_track (mmsi, state, last_report_at, updated_at) VALUES (?, CAST(? AS jsonb), ?, now())"
                        + " ON CONFLICT (mmsi) DO UPDATE SET state = EXCLUDED.state,"
                        + " last_report_at = EXCLUDED.last_report_at, updated_at = EXCLUDED.updated_at",
                rows);
    }

    /** Deletes the states of vessels last seen before {@code before}; returns how many. */
    int prune(Instant before) {
        return jdbc.update("DELETE FROM region_track WHERE last_report_at < ?", Timestamp.from(before));
    }
}
