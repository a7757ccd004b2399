package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.aggregation.regions.events.InvalidRegionException;
import com.maritimealphaflow.aggregation.regions.events.RegionKind;
import com.maritimealphaflow.aggregation.regions.events.RegionShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The regions in the {@code region} table, parsed and indexed once and kept until the table changes: every call
 * compares a fingerprint of the table (a single-row query) with the one the cached set was built from. A region whose
 * stored shape the engine refuses (drawn before a rule tightened, say) is logged and left out, never stopping the
 * others.
 */
@Repository
class RegionCatalog {

    private static final Logger log = LoggerFactory.getLogger(RegionCatalog.class);

    private static final String FINGERPRINT = "SELECT count(*) || ':' || coalesce(max(id), 0) || ':'"
            + " || coalesce(sum(version), 0) || ':' || coalesce(CAST(max(updated_at) AS text), '') FROM region";

    private final JdbcTemplate jdbc;
    private final AggregationProperties.Regions properties;
    private volatile Cached cached;

    private record Cached(String fingerprint, RegionSet regions) {}

    RegionCatalog(JdbcTemplate jdbc, AggregationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties.regions();
    }

    /** Every region as stored now. */
    RegionSet all() {
        String fingerprint = jdbc.queryForObject(FINGERPRINT, String.class);
        Cached current = cached;
        if (current != null && current.fingerprint().equals(fingerprint)) {
            return current.regions();
        }
        RegionSet loaded = load();
        cached = new Cached(fingerprint, loaded);
        return loaded;
    }

    /** The regions with the given ids, as stored now. */
    RegionSet only(Set<Long> ids) {
        return all().only(ids, properties.rules(), properties.exitBufferMeters(), properties.positionMarginDegrees());
    }

    private RegionSet load() {
        List<RegionShape> shapes = new ArrayList<>();
        Map<Long, Integer> versions = new HashMap<>();
        jdbc.query(
                "SELECT id, name, kind, CAST(geometry AS text), CAST(gates AS text), version FROM region ORDER BY id",
                rs -> {
                    long id = rs.getLong(1);
                    try {
                        shapes.add(RegionShape.fromGeoJson(
                                id, RegionKind.fromKey(rs.getString(3)), rs.getString(4), rs.getString(5)));
                        versions.put(id, rs.getInt(6));
                    } catch (InvalidRegionException e) {
                        log.warn(
                                "Region {} ({}) is left out of the events and series: {}",
                                id,
                                rs.getString(2),
                                e.getMessage());
                    }
                });
        log.info("Loaded {} regions for the events and series", shapes.size());
        return RegionSet.of(
                shapes,
                versions,
                properties.rules(),
                properties.exitBufferMeters(),
                properties.positionMarginDegrees());
    }
}
