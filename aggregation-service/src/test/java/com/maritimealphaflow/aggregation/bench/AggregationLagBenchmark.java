package com.maritimealphaflow.aggregation.bench;

import com.maritimealphaflow.aggregation.AggregationApplication;
import com.maritimealphaflow.aggregation.regions.events.RegionKind;
import com.maritimealphaflow.aggregation.regions.events.RegionShape;
import com.maritimealphaflow.aggregation.shipcounts.ListenerProbe;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import com.maritimealphaflow.testsupport.TestDatabase;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;
import org.locationtech.jts.geom.Envelope;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time from a batch's commit to its {@code ship_count_agg} row being visible, through the production path: the
 * aggregation service runs in-process on a fresh database (listener, clustered polling job, everything), and this
 * program commits batches the way the ingestion service does: an {@code ingestion_log} row opened, then one
 * transaction that COPYs the positions, completes the row and sends {@code pg_notify}. Batches go one after another
 * as fast as they are aggregated, so they are a replay: each holds the reports of the next 5-minute window of
 * report time (and also covers the window of wall time it ran in); each is waited for before the next. A share of
 * the positions (a quarter by default) lies in the boxes of the preset regions, so that each commit also derives
 * the regions' events and series (issue 16): those are written in the same transaction as the counts, so the lag
 * measured is also the lag to the window's region series. Run with
 * {@code scripts/bench-aggregation.sh [batches] [positions per batch] [share in regions]}.
 */
public final class AggregationLagBenchmark {

    private static final Instant FIRST_WINDOW = Instant.parse("2026-10-01T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int FLEET = 30_000;
    private static final int[] SHIP_TYPES = {70, 71, 79, 80, 84, 60, 30, 31, 52, 36, 37, 35, 40, 90, 99, 0};

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int positions = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        double inRegions = args.length > 2 ? Double.parseDouble(args[2]) : 0.25;
        TestDatabase database = TestDatabase.create();
        ConfigurableApplicationContext service = new SpringApplicationBuilder(AggregationApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password(),
                        "--alphaflow.aggregation.window=PT5M",
                        "--logging.level.com.maritimealphaflow=WARN");
        List<Double> lags = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(11);
        try (Connection writer = database.connect();
                Connection reader = database.connect()) {
            ListenerProbe.awaitListening(service);
            prepare(writer, batches, random);
            List<Envelope> regions = regionBoxes(writer);
            for (int i = 0; i < batches; i++) {
                Instant window = FIRST_WINDOW.plus(WINDOW.multipliedBy(i));
                if (i % 10 == 9) {
                    changeShipTypes(writer, window, random);
                }
                long id = open(writer);
                long committed = commit(writer, id, window, positions, inRegions, regions, random);
                lags.add(waitForRow(reader, window, committed));
            }
            regionRows = count(reader, "SELECT count(*) FROM region_count_agg");
        } finally {
            service.close();
        }
        report(lags, batches, positions, inRegions);
        System.exit(0);
    }

    /** Static data for three quarters of the fleet (the rest stays unknown) and the days' partitions. */
    private static void prepare(Connection c, int batches, SplittableRandom random) throws Exception {
        Instant last = FIRST_WINDOW.plus(WINDOW.multipliedBy(batches));
        try (PreparedStatement partitions = c.prepareStatement("SELECT ensure_ship_position_partitions(?, ?)")) {
            partitions.setObject(1, LocalDate.ofInstant(FIRST_WINDOW, ZoneOffset.UTC));
            partitions.setObject(2, LocalDate.ofInstant(last, ZoneOffset.UTC));
            partitions.execute();
        }
        StringBuilder rows = new StringBuilder();
        Instant known = FIRST_WINDOW.minus(Duration.ofDays(1));
        for (int v = 0; v < FLEET; v++) {
            if (v % 4 != 3) {
                rows.append(mmsi(v))
                        .append('\t')
                        .append(SHIP_TYPES[random.nextInt(SHIP_TYPES.length)])
                        .append("\tbench\t")
                        .append(known)
                        .append('\t')
                        .append(known)
                        .append('\n');
            }
        }
        c.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(
                        "COPY ship_static (mmsi, ship_type, source, updated_at, first_seen_at) FROM STDIN",
                        new StringReader(rows.toString()));
    }

    /** A hundred vessels declare a new type: history rows that later windows must respect. */
    private static void changeShipTypes(Connection c, Instant at, SplittableRandom random) throws Exception {
        try (PreparedStatement change =
                c.prepareStatement("UPDATE ship_static SET ship_type = ?, updated_at = ? WHERE mmsi = ?")) {
            for (int k = 0; k < 100; k++) {
                change.setInt(1, SHIP_TYPES[random.nextInt(SHIP_TYPES.length)]);
                change.setObject(2, at.atOffset(ZoneOffset.UTC));
                change.setInt(3, mmsi(random.nextInt(FLEET)));
                change.addBatch();
            }
            change.executeBatch();
        }
    }

    private static long open(Connection c) throws Exception {
        try (PreparedStatement open = c.prepareStatement(
                "INSERT INTO ingestion_log (source, kind, started_at, status) VALUES ('replay', 'ais-batch', now(),"
                        + " 'running') RETURNING id")) {
            try (ResultSet rs = open.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * One transaction: COPY the positions (each vessel of the batch two or three times, at distinct seconds), complete
     * the log row, notify. Returns the time the commit returned.
     */
    private static long commit(
            Connection c,
            long id,
            Instant window,
            int positions,
            double inRegions,
            List<Envelope> regions,
            SplittableRandom random)
            throws Exception {
        int vessels = Math.max(1, positions * 2 / 5);
        int[] fleet = random.ints(0, FLEET).distinct().limit(vessels).toArray();
        StringBuilder rows = new StringBuilder(positions * 60);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int k = 0; k < positions; k++) {
            int band = k / vessels; // 0, 1, 2: a vessel's reports never share a second
            long ms = window.toEpochMilli() + band * 100_000L + random.nextInt(100_000);
            first = Math.min(first, ms);
            last = Math.max(last, ms);
            double lat = 50 + random.nextDouble() * 10;
            double lon = random.nextDouble() * 20;
            if (random.nextDouble() < inRegions) {
                Envelope box = regions.get(random.nextInt(regions.size()));
                lat = box.getMinY() + random.nextDouble() * box.getHeight();
                lon = box.getMinX() + random.nextDouble() * box.getWidth();
            }
            rows.append(mmsi(fleet[k % vessels]))
                    .append('\t')
                    .append(Instant.ofEpochMilli(ms))
                    .append('\t')
                    .append(lat)
                    .append('\t')
                    .append(lon)
                    .append("\t1\taisstream\n");
        }
        c.setAutoCommit(false);
        try {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY ship_position (mmsi, report_time, latitude, longitude, message_type, source)"
                                    + " FROM STDIN",
                            new StringReader(rows.toString()));
            try (PreparedStatement complete = c.prepareStatement(
                    "UPDATE ingestion_log SET status = 'completed', ended_at = now(), messages_received = ?,"
                            + " positions_stored = ?, first_report_at = ?, last_report_at = ? WHERE id = ?")) {
                complete.setInt(1, positions);
                complete.setInt(2, positions);
                complete.setObject(3, utc(first));
                complete.setObject(4, utc(last));
                complete.setLong(5, id);
                complete.executeUpdate();
            }
            try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                notify.setString(1, PipelineChannels.AIS_BATCH_COMMITTED);
                notify.setString(2, Long.toString(id));
                notify.execute();
            }
            c.commit();
            return System.nanoTime();
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Seconds from the commit until a reader sees the window's row with its vessels. */
    private static double waitForRow(Connection c, Instant window, long committed) throws Exception {
        try (PreparedStatement row =
                c.prepareStatement("SELECT 1 FROM ship_count_agg WHERE batch_start = ? AND total > 0")) {
            row.setObject(1, window.atOffset(ZoneOffset.UTC));
            while (true) {
                try (ResultSet rs = row.executeQuery()) {
                    if (rs.next()) {
                        return (System.nanoTime() - committed) / 1e9;
                    }
                }
                if (System.nanoTime() - committed > Duration.ofMinutes(2).toNanos()) {
                    throw new IllegalStateException("no row for " + window + " after two minutes");
                }
                LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
            }
        }
    }

    /** The bounding boxes of the regions the schema ships (93 presets). */
    private static List<Envelope> regionBoxes(Connection c) throws Exception {
        List<Envelope> boxes = new ArrayList<>();
        try (PreparedStatement query =
                        c.prepareStatement("SELECT id, kind, CAST(geometry AS text), CAST(gates AS text) FROM region");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                boxes.add(RegionShape.fromGeoJson(
                                rs.getLong(1), RegionKind.fromKey(rs.getString(2)), rs.getString(3), rs.getString(4))
                        .area()
                        .getEnvelopeInternal());
            }
        }
        return boxes;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (PreparedStatement query = c.prepareStatement(sql);
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long regionRows;

    private static void report(List<Double> lags, int batches, int positions, double inRegions) {
        List<Double> sorted = new ArrayList<>(lags);
        Collections.sort(sorted);
        double[] values = sorted.stream().mapToDouble(Double::doubleValue).toArray();
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%d batches of %,d positions (%.0f %% in region boxes), one after another; commit -> ship_count_agg row"
                        + " and region series visible (%,d region_count_agg rows in the end):%n",
                batches,
                positions,
                inRegions * 100,
                regionRows);
        System.out.printf(
                Locale.ROOT,
                "median %.0f ms, p95 %.0f ms, max %.0f ms, mean %.0f ms (first batch %.0f ms)%n",
                percentile(values, 0.50) * 1000,
                percentile(values, 0.95) * 1000,
                values[values.length - 1] * 1000,
                Arrays.stream(values).average().orElse(0) * 1000,
                lags.get(0) * 1000);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static int mmsi(int vessel) {
        return 230_000_000 + vessel;
    }

    private static OffsetDateTime utc(long epochMilli) {
        return Instant.ofEpochMilli(epochMilli).atOffset(ZoneOffset.UTC);
    }
}
