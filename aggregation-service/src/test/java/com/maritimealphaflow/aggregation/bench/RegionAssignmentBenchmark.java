package com.maritimealphaflow.aggregation.bench;

import com.maritimealphaflow.aggregation.regions.events.Detection;
import com.maritimealphaflow.aggregation.regions.events.EventRules;
import com.maritimealphaflow.aggregation.regions.events.RegionEvent;
import com.maritimealphaflow.aggregation.regions.events.RegionEventDetector;
import com.maritimealphaflow.aggregation.regions.events.RegionEventType;
import com.maritimealphaflow.aggregation.regions.events.RegionIndex;
import com.maritimealphaflow.aggregation.regions.events.VesselPosition;
import com.maritimealphaflow.aggregation.regions.events.VesselTrack;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.postgresql.PGConnection;

/**
 * Positions per second assigned to 100 regions: in the JVM with JTS (STR-tree, prepared polygons), and, with
 * {@code --postgis}, in PostgreSQL with PostGIS ({@code ST_Contains} against a GiST index) on the same polygons and
 * positions, loaded into a throwaway database of the server in {@code ALPHAFLOW_TEST_DB_URL}. Also the whole event
 * detector over the day, the gate crossings of consecutive positions both ways, and storing and restoring every
 * vessel's track. Decision 0017 rests on these figures. Run with {@code scripts/bench-regions.sh [positions]
 * [--postgis]}.
 */
public final class RegionAssignmentBenchmark {

    private static final int REGIONS = 100;
    private static final int RUNS = 5;
    private static final int POSTGIS_RUNS = 3;

    public static void main(String[] args) throws Exception {
        int positionCount = 2_000_000;
        boolean postgis = false;
        for (String arg : args) {
            if (arg.equals("--postgis")) {
                postgis = true;
            } else {
                positionCount = Integer.parseInt(arg.replace("_", ""));
            }
        }
        long generating = System.nanoTime();
        SyntheticTraffic traffic = new SyntheticTraffic(16, REGIONS, positionCount, 10_000);
        List<VesselPosition> positions = traffic.positions;
        System.out.printf(
                Locale.ROOT,
                "%,d positions of %,d vessels over a day, %d regions (%d with gates); generated in %.1f s%n",
                positions.size(),
                traffic.vessels,
                traffic.regions.size(),
                traffic.gateWkt.size() / 2,
                seconds(generating));

        long building = System.nanoTime();
        RegionIndex index = new RegionIndex(traffic.regions);
        System.out.printf(Locale.ROOT, "JTS: index of %d regions built in %.1f ms%n", index.size(), millis(building));

        // the first passes run in the interpreter and C1; every measurement below comes after these
        warmUp(index, positions);
        long inside = 0;
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            inside = 0;
            for (VesselPosition position : positions) {
                inside += index.containing(position.lon(), position.lat()).size();
            }
            report("JTS containing, one thread", run, positions.size(), start);
        }
        System.out.printf(
                Locale.ROOT,
                "     %,d (position, region) pairs: %.1f %% of positions in a region%n",
                inside,
                100.0 * inside / positions.size());
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            long pairs = IntStream.range(0, positions.size())
                    .parallel()
                    .mapToLong(i -> index.containing(
                                    positions.get(i).lon(), positions.get(i).lat())
                            .size())
                    .sum();
            report("JTS containing, all cores", run, positions.size(), start);
            check(pairs == inside, "parallel run found another count");
        }

        long crossings = 0;
        long acrossAntimeridian = 0;
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            crossings = 0;
            acrossAntimeridian = 0;
            for (int i = 1; i < positions.size(); i++) {
                VesselPosition from = positions.get(i - 1);
                VesselPosition to = positions.get(i);
                if (from.mmsi() == to.mmsi()) {
                    int found = index.gatesCrossed(from.lon(), from.lat(), to.lon(), to.lat())
                            .size();
                    crossings += found;
                    acrossAntimeridian += Math.abs(to.lon() - from.lon()) > 180 ? found : 0;
                }
            }
            report("JTS gate crossings of segments", run, positions.size(), start);
        }
        System.out.printf(
                Locale.ROOT,
                "     %,d gate crossings, %,d of them by segments across the antimeridian%n",
                crossings,
                acrossAntimeridian);

        RegionEventDetector detector = new RegionEventDetector(index, EventRules.defaults());
        List<List<VesselPosition>> byVessel = byVessel(positions);
        List<VesselTrack> tracks = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            tracks.clear();
            Map<RegionEventType, Integer> events = new EnumMap<>(RegionEventType.class);
            long start = System.nanoTime();
            for (List<VesselPosition> track : byVessel) {
                VesselTrack state = VesselTrack.start(track.get(0).mmsi());
                Detection detection = detector.process(state, track);
                for (RegionEvent event : detection.events()) {
                    events.merge(event.type(), 1, Integer::sum);
                }
                tracks.add(state);
            }
            report("event detector, whole day, one thread", run, positions.size(), start);
            if (run == RUNS) {
                System.out.println("     events: " + events);
            }
        }
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            long bytes = 0;
            for (VesselTrack track : tracks) {
                String json = track.toJson();
                bytes += json.length();
                VesselTrack.fromJson(json);
            }
            System.out.printf(
                    Locale.ROOT,
                    "track state: %,d tracks stored and restored in %.0f ms, %.0f bytes each on average%n",
                    tracks.size(),
                    millis(start),
                    (double) bytes / tracks.size());
        }

        if (postgis) {
            postgis(traffic, inside, crossings - acrossAntimeridian);
        }
    }

    private static void postgis(SyntheticTraffic traffic, long jvmPairs, long jvmCrossings) throws SQLException {
        TestDatabase database = TestDatabase.create();
        try (Connection connection = database.connect();
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            try (ResultSet version = sql.executeQuery("SELECT version(), postgis_full_version()")) {
                version.next();
                System.out.println("PostGIS: " + version.getString(1) + "; " + version.getString(2));
            }
            sql.execute("CREATE TABLE bench_region (id int PRIMARY KEY, geom geometry(Polygon, 4326) NOT NULL)");
            sql.execute("CREATE TABLE bench_gate (region int NOT NULL, geom geometry(LineString, 4326) NOT NULL)");
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO bench_region VALUES (?, ST_GeomFromText(?, 4326))")) {
                for (int i = 0; i < traffic.regionWkt.size(); i++) {
                    insert.setInt(1, i + 1);
                    insert.setString(2, traffic.regionWkt.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO bench_gate VALUES (?, ST_GeomFromText(?, 4326))")) {
                for (String[] gate : traffic.gateWkt) {
                    insert.setInt(1, Integer.parseInt(gate[0]));
                    insert.setString(2, gate[1]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            sql.execute("CREATE INDEX ON bench_region USING gist (geom)");
            sql.execute("CREATE INDEX ON bench_gate USING gist (geom)");

            sql.execute("CREATE TABLE bench_position (mmsi int NOT NULL, t timestamptz NOT NULL,"
                    + " lat double precision NOT NULL, lon double precision NOT NULL)");
            long loading = System.nanoTime();
            StringBuilder rows = new StringBuilder();
            for (VesselPosition position : traffic.positions) {
                rows.append(position.mmsi())
                        .append('\t')
                        .append(position.time())
                        .append('\t')
                        .append(position.lat())
                        .append('\t')
                        .append(position.lon())
                        .append('\n');
            }
            try {
                ((PGConnection) connection)
                        .getCopyAPI()
                        .copyIn("COPY bench_position FROM STDIN", new StringReader(rows.toString()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            sql.execute("ANALYZE bench_position");
            System.out.printf(Locale.ROOT, "PostGIS: positions copied in %.1f s%n", seconds(loading));
            long adding = System.nanoTime();
            sql.execute("CREATE TABLE bench_position_point AS SELECT mmsi, t,"
                    + " ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geometry(Point, 4326) AS geom FROM bench_position");
            sql.execute("ANALYZE bench_position_point");
            System.out.printf(
                    Locale.ROOT, "PostGIS: a point column made for every position in %.1f s%n", seconds(adding));

            int count = traffic.positions.size();
            String onTheFly = "SELECT count(*) FROM bench_position p JOIN bench_region r"
                    + " ON ST_Contains(r.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326))";
            String stored = "SELECT count(*) FROM bench_position_point p JOIN bench_region r"
                    + " ON ST_Contains(r.geom, p.geom)";
            // PostGIS joins 179.9 to -179.9 the long way round, across every gate on that latitude: such segments
            // are left out here and compared with what JTS found on the others
            String segments = "SELECT count(*) FROM (SELECT ST_MakeLine(lag(geom) OVER w, geom) AS segment"
                    + " FROM bench_position_point WINDOW w AS (PARTITION BY mmsi ORDER BY t)) s"
                    + " JOIN bench_gate g ON ST_Intersects(g.geom, s.segment)"
                    + " WHERE ST_XMax(s.segment) - ST_XMin(s.segment) <= 180";
            plan(sql, onTheFly);
            long start = System.nanoTime();
            check(single(sql, onTheFly) == jvmPairs, "PostGIS found other pairs than JTS");
            report("PostGIS ST_Contains, points made from lat/lon, JIT on (the server's default)", 1, count, start);
            // as on the services' connections (decision 0004)
            sql.execute("SET jit = off");
            for (int run = 1; run <= POSTGIS_RUNS; run++) {
                start = System.nanoTime();
                long pairs = single(sql, onTheFly);
                report("PostGIS ST_Contains, points made from lat/lon", run, count, start);
                check(pairs == jvmPairs, "PostGIS found " + pairs + " pairs, JTS " + jvmPairs);
            }
            for (int run = 1; run <= POSTGIS_RUNS; run++) {
                start = System.nanoTime();
                long pairs = single(sql, stored);
                report("PostGIS ST_Contains, stored point column", run, count, start);
                check(pairs == jvmPairs, "PostGIS found " + pairs + " pairs, JTS " + jvmPairs);
            }
            for (int run = 1; run <= POSTGIS_RUNS; run++) {
                start = System.nanoTime();
                long found = single(sql, segments);
                report("PostGIS gate crossings of segments (lag, ST_Intersects)", run, count, start);
                check(found == jvmCrossings, "PostGIS found " + found + " crossings, JTS " + jvmCrossings);
            }
            sql.execute("SET max_parallel_workers_per_gather = 0");
            start = System.nanoTime();
            check(single(sql, stored) == jvmPairs, "PostGIS found other pairs than JTS");
            report("PostGIS ST_Contains, stored point column, one core", 1, count, start);
            sql.execute("RESET max_parallel_workers_per_gather");

            // PostGIS's best case: the points indexed too, so each polygon looks up its points in the index
            start = System.nanoTime();
            sql.execute("CREATE INDEX ON bench_position_point USING gist (geom)");
            sql.execute("ANALYZE bench_position_point");
            System.out.printf(Locale.ROOT, "PostGIS: GiST index on the points built in %.1f s%n", seconds(start));
            plan(sql, stored);
            for (int run = 1; run <= POSTGIS_RUNS; run++) {
                start = System.nanoTime();
                long pairs = single(sql, stored);
                report("PostGIS ST_Contains, stored and indexed point column", run, count, start);
                check(pairs == jvmPairs, "PostGIS found " + pairs + " pairs, JTS " + jvmPairs);
            }
        }
    }

    private static void warmUp(RegionIndex index, List<VesselPosition> positions) {
        RegionEventDetector detector = new RegionEventDetector(index, EventRules.defaults());
        long start = System.nanoTime();
        for (int pass = 0; pass < 3; pass++) {
            for (List<VesselPosition> track : byVessel(positions)) {
                VesselTrack state = VesselTrack.start(track.get(0).mmsi());
                detector.process(state, track);
                VesselTrack.fromJson(state.toJson());
            }
        }
        System.out.printf(Locale.ROOT, "warm-up: three passes of the detector in %.1f s%n", seconds(start));
    }

    private static void plan(Statement sql, String query) throws SQLException {
        try (ResultSet plan = sql.executeQuery("EXPLAIN " + query)) {
            while (plan.next()) {
                System.out.println("     | " + plan.getString(1));
            }
        }
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<List<VesselPosition>> byVessel(List<VesselPosition> positions) {
        List<List<VesselPosition>> tracks = new ArrayList<>();
        AtomicLong current = new AtomicLong(-1);
        for (VesselPosition position : positions) {
            if (position.mmsi() != current.get()) {
                tracks.add(new ArrayList<>());
                current.set(position.mmsi());
            }
            tracks.get(tracks.size() - 1).add(position);
        }
        return tracks;
    }

    private static void report(String what, int run, int positions, long startNanos) {
        double seconds = seconds(startNanos);
        System.out.printf(
                Locale.ROOT, "%s, run %d: %.2f s, %,.0f positions/s%n", what, run, seconds, positions / seconds);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
