package com.maritimealphaflow.dashboard.traffic;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.service.BadRequestException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** The map's vessels: each one's latest position in a window of raw positions ending now or at a chosen time. */
@Service
class TrafficMap {

    static final String WINDOW = "window";
    private static final Set<String> ALL_CATEGORIES =
            Arrays.stream(VesselCategory.values()).map(VesselCategory::key).collect(Collectors.toSet());

    private final VesselPositions positions;
    private final DashboardProperties.VesselMap settings;
    private final Clock clock;
    private final JsonMapper json;
    private final Object reading = new Object();
    private volatile Snapshot snapshot;

    TrafficMap(VesselPositions positions, DashboardProperties properties, Clock clock, JsonMapper json) {
        this.positions = positions;
        this.settings = properties.map();
        this.clock = clock;
        this.json = json;
    }

    /**
     * The default map (every category, the configured window up to now) as JSON, plain and gzipped, encoded once per
     * snapshot: every open traffic page asks for exactly this, and encoding 20,000 vessels costs more than reading
     * them from the snapshot.
     */
    EncodedMap defaultMap() {
        return current().encoded();
    }

    /**
     * @param window how far back to look; null for the configured default
     * @param at the end of the window; null for now
     */
    VesselsOnMap vessels(Duration window, Instant at, List<String> categoryValues) {
        Duration length = window == null ? settings.window() : window;
        if (length.isNegative() || length.isZero()) {
            throw new BadRequestException(WINDOW, "'window' must be a positive duration such as PT1H");
        }
        if (length.compareTo(settings.maxWindow()) > 0) {
            throw new BadRequestException(
                    WINDOW,
                    "'window' " + length + " is too large: at most " + settings.maxWindow()
                            + " (the map reads raw positions)");
        }
        RequestBounds.instant("at", at);
        Set<String> shownKeys = CategoryParameter.categories(categoryValues).stream()
                .map(VesselCategory::key)
                .collect(Collectors.toSet());
        Snapshot read = window == null && at == null ? current() : read(at == null ? clock.instant() : at, length);
        return filtered(read, length, shownKeys);
    }

    /** The default map, read again once it is older than the snapshot TTL; one reader at a time. */
    private Snapshot current() {
        Instant now = clock.instant();
        Snapshot last = snapshot;
        if (last != null && last.isFresh(now, settings.snapshotTtl())) {
            return last;
        }
        synchronized (reading) {
            last = snapshot;
            if (last != null && last.isFresh(clock.instant(), settings.snapshotTtl())) {
                return last;
            }
            Snapshot read = read(clock.instant(), settings.window());
            Snapshot fresh = new Snapshot(read.from(), read.to(), read.vessels(), read.newestReport(), encode(read));
            snapshot = fresh;
            return fresh;
        }
    }

    private Snapshot read(Instant to, Duration length) {
        Instant from = to.minus(length);
        List<VesselPosition> all = positions.latest(from, to);
        return new Snapshot(
                from, to, all, all.isEmpty() ? positions.newestReport().orElse(null) : null, null);
    }

    private EncodedMap encode(Snapshot read) {
        byte[] plain = json.writeValueAsBytes(filtered(read, settings.window(), ALL_CATEGORIES));
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream(plain.length / 6 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return new EncodedMap(plain, gzipped.toByteArray());
    }

    private static VesselsOnMap filtered(Snapshot read, Duration length, Set<String> shownKeys) {
        List<VesselPosition> all = read.vessels();
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        for (VesselCategory category : VesselCategory.values()) {
            perCategory.put(category.key(), 0);
        }
        List<VesselPosition> shown = new ArrayList<>(all.size());
        for (VesselPosition vessel : all) {
            perCategory.merge(vessel.category(), 1, Integer::sum);
            if (shownKeys.contains(vessel.category())) {
                shown.add(vessel);
            }
        }
        return new VesselsOnMap(
                read.from(), read.to(), length.toSeconds(), all.size(), perCategory, shown, read.newestReport());
    }

    /** The default map's JSON, as is and gzipped. */
    record EncodedMap(byte[] json, byte[] gzip) {}

    /**
     * One read of the map: every vessel in the window, and what to say when there is none; for the default map also
     * its encoded JSON.
     */
    private record Snapshot(
            Instant from, Instant to, List<VesselPosition> vessels, Instant newestReport, EncodedMap encoded) {

        boolean isFresh(Instant now, Duration ttl) {
            return now.isBefore(to.plus(ttl));
        }
    }
}
