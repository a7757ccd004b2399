package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.regions.events.VesselPosition;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads stored positions near regions, one vessel at a time in report-time order, each with the vessel's category and
 * draught as known then. Only positions in the whole-degree cells that some region's box (its bounding box grown by
 * the margin) overlaps are read:
 * the others cannot be in a region, and leaving them out keeps a day of a busy coast from crossing the network.
 * Callers hold a transaction (the rows come through a cursor).
 */
@Repository
class RegionPositions {

    /** What a vessel does with its positions of the range. */
    @FunctionalInterface
    interface VesselHandler {
        void vessel(long mmsi, List<VesselPosition> positions);
    }

    private static final int FETCH_ROWS = 5_000;

    /** AIS speeds at or above 102.2 knots mean "102.2 or more" or "not available": neither is a speed to compare. */
    private static final double NO_SPEED = 102.2;

    /** How far a static report's time may lie from a range for its draught to count as known then. */
    private static final Duration DRAUGHT_NEAR = Duration.ofDays(1);

    private final JdbcTemplate streaming;

    RegionPositions(JdbcTemplate jdbc) {
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_ROWS);
    }

    /**
     * Calls the handler once per vessel with a position in {@code [from, to)} near the regions, in vessel order. The
     * category is the vessel's latest ship type reported before {@code to}; the draught that of its static data if
     * those were reported within a day of the range (only the latest draught is stored, so an older range has none).
     */
    void forEachVessel(RegionSet regions, Instant from, Instant to, VesselHandler handler) {
        if (regions.isEmpty()) {
            return;
        }
        String sql =
                """
                WITH p AS MATERIALIZED (
                    SELECT mmsi, report_time, latitude, longitude, speed FROM ship_position
                    WHERE report_time >= ? AND report_time < ? AND %s
                ), types AS (
                    SELECT DISTINCT ON (h.mmsi) h.mmsi, h.ship_type
                    FROM ship_type_history h
                    WHERE h.mmsi IN (SELECT DISTINCT mmsi FROM p) AND h.valid_from < ?
                    ORDER BY h.mmsi, h.valid_from DESC
                )
                SELECT p.mmsi, p.report_time, p.latitude, p.longitude, p.speed, t.ship_type, s.draught
                FROM p
                LEFT JOIN types t ON t.mmsi = p.mmsi
                LEFT JOIN ship_static s ON s.mmsi = p.mmsi AND s.updated_at >= ? AND s.updated_at < ?
                ORDER BY p.mmsi, p.report_time
                """
                        .formatted(boxes(regions.boxes()));
        Grouper grouper = new Grouper(handler);
        streaming.query(
                sql,
                rs -> {
                    long mmsi = rs.getInt(1);
                    Instant time = rs.getTimestamp(2).toInstant();
                    float speed = rs.getFloat(5);
                    Double knots = rs.wasNull() || speed >= NO_SPEED ? null : (double) speed;
                    int shipType = rs.getInt(6);
                    VesselCategory category = VesselCategory.ofShipType(rs.wasNull() ? null : shipType);
                    float draught = rs.getFloat(7);
                    Double metres = rs.wasNull() || draught <= 0 ? null : (double) draught;
                    grouper.add(
                            new VesselPosition(mmsi, time, rs.getDouble(3), rs.getDouble(4), knots, metres, category));
                },
                Timestamp.from(from),
                Timestamp.from(to),
                Timestamp.from(to),
                Timestamp.from(from.minus(DRAUGHT_NEAR)),
                Timestamp.from(to.plus(DRAUGHT_NEAR)));
        grouper.flush();
    }

    /** The vessels with a position in {@code [from, to)} near the regions. */
    List<Long> vessels(RegionSet regions, Instant from, Instant to) {
        if (regions.isEmpty()) {
            return List.of();
        }
        return streaming.queryForList(
                "SELECT DISTINCT mmsi FROM ship_position WHERE report_time >= ? AND report_time < ? AND "
                        + boxes(regions.boxes()),
                Long.class,
                Timestamp.from(from),
                Timestamp.from(to));
    }

    /** Cells are a quarter of a degree square: finer than that, the list grows; coarser, more is read for nothing. */
    private static final int CELLS_PER_DEGREE = 4;

    /**
     * The boxes as SQL: the quarter-degree cells (latitude and longitude times four, floored) that any box overlaps,
     * as one {@code = ANY} of constants, which PostgreSQL answers with a hash lookup per row; 93 boxes compared one by
     * one cost more CPU than the rest of the read. The cells are a superset of the boxes; written from the regions'
     * own coordinates (integers, never text from a request).
     */
    static String boxes(List<Envelope> boxes) {
        SortedSet<Integer> cells = new TreeSet<>();
        for (Envelope box : boxes) {
            int south = quarter(Math.max(-90, box.getMinY()));
            int north = quarter(Math.min(90, box.getMaxY()));
            int west = quarter(Math.max(-180, box.getMinX()));
            int east = quarter(Math.min(180, box.getMaxX()));
            for (int lat = south; lat <= north; lat++) {
                for (int lon = west; lon <= east; lon++) {
                    cells.add(cell(lat, lon));
                }
            }
        }
        return "(CAST(floor(latitude * " + CELLS_PER_DEGREE + ") AS integer) + 400) * 10000"
                + " + CAST(floor(longitude * " + CELLS_PER_DEGREE + ") AS integer) + 800 = ANY('"
                + cells.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"))
                + "'::integer[])";
    }

    private static int quarter(double degrees) {
        return (int) Math.floor(degrees * CELLS_PER_DEGREE);
    }

    /** The key of the cell with these quarter-degree indices, as the SQL of {@link #boxes} makes it. */
    static int cell(int lat, int lon) {
        return (lat + 400) * 10000 + lon + 800;
    }

    /** Collects consecutive rows of one vessel and hands them over when the next vessel's begin. */
    private static final class Grouper {
        private final VesselHandler handler;
        private final List<VesselPosition> positions = new ArrayList<>();
        private long mmsi = -1;

        Grouper(VesselHandler handler) {
            this.handler = handler;
        }

        void add(VesselPosition position) {
            if (position.mmsi() != mmsi) {
                flush();
                mmsi = position.mmsi();
            }
            positions.add(position);
        }

        void flush() {
            if (!positions.isEmpty()) {
                handler.vessel(mmsi, List.copyOf(positions));
                positions.clear();
            }
        }
    }
}
