package com.maritimealphaflow.aggregation;

import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.model.pipeline.PipelineChannels;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds what the ingestion service writes (positions, static data, {@code ingestion_log} rows, the commit
 * notification) straight with JDBC, and reads back the counts. Vessels and days are handed out fresh to each caller
 * in the JVM, so tests sharing one database never count each other's data.
 */
public final class AisRows {

    private static final AtomicInteger NEXT_MMSI = new AtomicInteger(211_000_000);
    private static final AtomicInteger NEXT_DAY = new AtomicInteger();
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

    private final JdbcTemplate jdbc;

    public AisRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A vessel no other test uses. */
    public int vessel() {
        return NEXT_MMSI.getAndIncrement();
    }

    /** A UTC day no other test uses, with the day before and after free too. */
    public LocalDate day() {
        return FIRST_DAY.plusDays(3L * NEXT_DAY.getAndIncrement());
    }

    public static Instant at(LocalDate day, String time) {
        return Instant.parse(day + "T" + time + "Z");
    }

    /** Stores a position report of the vessel at each time, creating the day's partition as ingestion would. */
    public void positions(int mmsi, Instant... times) {
        for (Instant time : times) {
            jdbc.queryForObject(
                    "SELECT ensure_ship_position_partition(?)",
                    Boolean.class,
                    LocalDate.ofInstant(time, ZoneOffset.UTC));
            jdbc.update(
                    "INSERT INTO ship_position (mmsi, report_time, latitude, longitude, message_type, source)"
                            + " VALUES (?, ?, 59.9, 10.7, 1, 'test') ON CONFLICT DO NOTHING",
                    mmsi,
                    utc(time));
        }
    }

    public void partition(LocalDate day) {
        jdbc.queryForObject("SELECT ensure_ship_position_partition(?)", Boolean.class, day);
    }

    /** The vessel's static data says {@code shipType} from {@code from} on (the trigger records the history). */
    public void shipType(int mmsi, Instant from, Integer shipType) {
        jdbc.update(
                "INSERT INTO ship_static (mmsi, ship_type, source, updated_at, first_seen_at)"
                        + " VALUES (?, ?, 'test', ?, ?)"
                        + " ON CONFLICT (mmsi) DO UPDATE SET ship_type = EXCLUDED.ship_type,"
                        + " updated_at = EXCLUDED.updated_at",
                mmsi,
                shipType,
                utc(from),
                utc(from));
    }

    /** A completed batch that ran from {@code started} to {@code ended} and stored reports of these times. */
    public long completedBatch(Instant started, Instant ended, Instant firstReport, Instant lastReport) {
        return batch("completed", started, ended, firstReport, lastReport);
    }

    /** A completed batch that stored nothing. */
    public long emptyBatch(Instant started, Instant ended) {
        return batch("completed", started, ended, null, null);
    }

    public long batch(String status, Instant started, Instant ended, Instant firstReport, Instant lastReport) {
        return jdbc.queryForObject(
                "INSERT INTO ingestion_log (source, kind, started_at, ended_at, status, first_report_at,"
                        + " last_report_at) VALUES ('simulator', 'ais-batch', ?, ?, ?, ?, ?) RETURNING id",
                Long.class,
                utc(started),
                ended == null ? null : utc(ended),
                status,
                firstReport == null ? null : utc(firstReport),
                lastReport == null ? null : utc(lastReport));
    }

    /** Completes a running batch and notifies in one transaction, as the ingestion service's IngestionLog does. */
    public void commitWithNotification(long id, Instant ended) {
        commitWithNotifications(Map.of(id, ended));
    }

    /**
     * Completes running batches (id to end time) and notifies, all in one transaction, so that the notifications
     * arrive together, in the map's order.
     */
    public void commitWithNotifications(Map<Long, Instant> endedById) {
        jdbc.execute((java.sql.Connection connection) -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var complete = connection.prepareStatement(
                            "UPDATE ingestion_log SET status = 'completed', ended_at = ? WHERE id = ?");
                    var notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                for (Map.Entry<Long, Instant> batch : endedById.entrySet()) {
                    complete.setObject(1, utc(batch.getValue()));
                    complete.setLong(2, batch.getKey());
                    complete.executeUpdate();
                    notify.setString(1, PipelineChannels.AIS_BATCH_COMMITTED);
                    notify.setString(2, Long.toString(batch.getKey()));
                    notify.execute();
                }
                connection.commit();
            } catch (java.sql.SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    public boolean aggregated(long batchId) {
        return jdbc.queryForObject(
                "SELECT aggregated_at IS NOT NULL FROM ingestion_log WHERE id = ?", Boolean.class, batchId);
    }

    public boolean hasWindow(Instant start) {
        return jdbc.queryForObject(
                        "SELECT count(*) FROM ship_count_agg WHERE batch_start = ?", Integer.class, utc(start))
                > 0;
    }

    /** The window's row: {@code total} and every category, or an empty map if it has none. */
    public Map<String, Integer> counts(Instant windowStart) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(
                "SELECT * FROM ship_count_agg WHERE batch_start = ?",
                rs -> {
                    counts.put("total", rs.getInt("total"));
                    for (VesselCategory category : VesselCategory.values()) {
                        counts.put(category.key(), rs.getInt(category.key()));
                    }
                },
                utc(windowStart));
        return counts;
    }

    /**
     * What {@link #counts} should say: the total, then pairs of category key and count; other categories are 0.
     */
    public static Map<String, Integer> expected(int total, Object... categoryCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("total", total);
        Arrays.stream(VesselCategory.values()).forEach(c -> counts.put(c.key(), 0));
        for (int i = 0; i < categoryCounts.length; i += 2) {
            String key = (String) categoryCounts[i];
            if (!counts.containsKey(key)) {
                throw new IllegalArgumentException("no category " + key);
            }
            counts.put(key, (Integer) categoryCounts[i + 1]);
        }
        return counts;
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
