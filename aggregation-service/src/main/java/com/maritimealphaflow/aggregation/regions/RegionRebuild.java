package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.aggregation.shipcounts.AggregationLock;
import com.maritimealphaflow.aggregation.shipcounts.RawDays;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Derives the regions' events and series of a time range again, one UTC day per transaction under the aggregation
 * lock (live batches are derived between the days of a long rebuild), skipping days whose raw positions are gone:
 * on request, and after a region was drawn or edited (its {@code derived_version} below its {@code version}).
 */
@Service
public class RegionRebuild {

    private static final Logger log = LoggerFactory.getLogger(RegionRebuild.class);

    /** What a rebuild did. */
    public record Result(
            Instant from,
            Instant to,
            List<Long> regions,
            int days,
            int positions,
            int events,
            List<LocalDate> daysWithoutRawData,
            long tookMillis) {}

    private final RegionDerivation derivation;
    private final RegionCatalog catalog;
    private final RegionTracks tracks;
    private final AggregationLock lock;
    private final RawDays rawDays;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final Duration window;
    private final AggregationProperties.Regions properties;

    RegionRebuild(
            RegionDerivation derivation,
            RegionCatalog catalog,
            RegionTracks tracks,
            AggregationLock lock,
            RawDays rawDays,
            TransactionTemplate transaction,
            JdbcTemplate jdbc,
            AggregationProperties properties) {
        this.derivation = derivation;
        this.catalog = catalog;
        this.tracks = tracks;
        this.lock = lock;
        this.rawDays = rawDays;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.window = properties.window();
        this.properties = properties.regions();
    }

    /**
     * Rebuilds {@code [from, to)}, widened to whole windows, for the regions with these ids (all when empty). The
     * caller has checked the range.
     */
    public Result rebuild(Instant from, Instant to, Set<Long> regionIds) {
        long started = System.nanoTime();
        RegionSet regions = regionIds.isEmpty() ? catalog.all() : catalog.only(regionIds);
        Instant start = floor(from);
        Instant end = floor(to).equals(to) ? to : floor(to).plus(window);
        int days = 0;
        int positions = 0;
        int events = 0;
        List<LocalDate> withoutRawData = new ArrayList<>();
        for (LocalDate day = dayOf(start); startOf(day).isBefore(end); day = day.plusDays(1)) {
            Instant chunkFrom = later(start, startOf(day));
            Instant chunkTo = earlier(end, startOf(day.plusDays(1)));
            LocalDate current = day;
            RegionDerivation.Derived done = transaction.execute(status -> {
                lock.acquire();
                if (!rawDays.kept(List.of(current)).contains(current)) {
                    return null;
                }
                return derivation.rebuild(regions, chunkFrom, chunkTo);
            });
            if (done == null) {
                withoutRawData.add(day);
            } else {
                days++;
                positions += done.positions();
                events += done.events();
            }
        }
        long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
        List<Long> ids = List.of(regions.ids());
        log.info(
                "Regions rebuilt from {} to {} ({} regions): {} days, {} positions, {} events in {} ms;"
                        + " days without raw data: {}",
                start,
                end,
                ids.size(),
                days,
                positions,
                events,
                took,
                withoutRawData);
        return new Result(start, end, ids, days, positions, events, List.copyOf(withoutRawData), took);
    }

    /**
     * Recomputes regions drawn or edited since their events were derived: over the last
     * {@code recomputeLookback} of derived windows, then marks them derived at the version read before. A region
     * edited again meanwhile stays below its new version and is recomputed by the next run. Returns the regions done.
     */
    public List<Long> recomputeEdited() {
        Map<Long, Integer> edited = editedRegions();
        if (edited.isEmpty()) {
            return List.of();
        }
        Timestamp newest = jdbc.queryForObject("SELECT max(batch_end) FROM ship_count_agg", Timestamp.class);
        return recomputeEdited(edited, newest == null ? null : newest.toInstant());
    }

    /** For tests: recomputes as {@link #recomputeEdited()} up to {@code to} instead of the newest derived window. */
    List<Long> recomputeEdited(Instant to) {
        return recomputeEdited(editedRegions(), to);
    }

    private Map<Long, Integer> editedRegions() {
        Map<Long, Integer> edited = new TreeMap<>();
        jdbc.query("SELECT id, version FROM region WHERE derived_version < version ORDER BY id", rs -> {
            edited.put(rs.getLong(1), rs.getInt(2));
        });
        return edited;
    }

    private List<Long> recomputeEdited(Map<Long, Integer> edited, Instant to) {
        if (edited.isEmpty()) {
            return List.of();
        }
        if (to != null) {
            rebuild(to.minus(properties.recomputeLookback()), to, edited.keySet());
        }
        edited.forEach((id, version) -> jdbc.update(
                "UPDATE region SET derived_version = ? WHERE id = ? AND derived_version < ?", version, id, version));
        log.info("Regions recomputed after being drawn or edited: {}", edited.keySet());
        return List.copyOf(edited.keySet());
    }

    /** Deletes the detector states of vessels not seen for {@code trackExpiry}; returns how many. */
    public int pruneTracks() {
        Timestamp newest = jdbc.queryForObject("SELECT max(last_report_at) FROM region_track", Timestamp.class);
        if (newest == null) {
            return 0;
        }
        Integer pruned = transaction.execute(status -> {
            lock.acquire();
            return tracks.prune(newest.toInstant().minus(properties.trackExpiry()));
        });
        return pruned == null ? 0 : pruned;
    }

    private Instant floor(Instant time) {
        long ms = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), ms) * ms);
    }

    private static LocalDate dayOf(Instant time) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
