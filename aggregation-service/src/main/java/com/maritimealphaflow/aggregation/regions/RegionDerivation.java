package com.maritimealphaflow.aggregation.regions;

import com.maritimealphaflow.aggregation.AggregationProperties;
import com.maritimealphaflow.aggregation.regions.events.Detection;
import com.maritimealphaflow.aggregation.regions.events.RegionEvent;
import com.maritimealphaflow.aggregation.regions.events.RegionEventType;
import com.maritimealphaflow.aggregation.regions.events.VesselPosition;
import com.maritimealphaflow.aggregation.regions.events.VesselTrack;
import com.maritimealphaflow.aggregation.shipcounts.BatchDerivation;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Derives the regions' events and series from stored positions, in the caller's transaction and under its
 * aggregation lock.
 *
 * <p>After a live batch ({@link #derive}, listened) each vessel's track continues from its stored state: the
 * detector sees each position once, in order, and the batch's windows get their vessels present; the windows its
 * events touch (a transit ending before the batch, a waiting spell begun hours ago) are recounted. After a file of a
 * history import, and for a rebuild, the range is derived again from a clean state ({@link #rebuild}): the tracks
 * start {@code rebuildWarmup} earlier so that they reach the range with their recent crossings, the events started in
 * the range replace those stored there, and the stored tracks of the live run are left alone.
 */
@Service
public class RegionDerivation implements BatchDerivation {

    private static final Logger log = LoggerFactory.getLogger(RegionDerivation.class);

    /** What one derivation did. */
    public record Derived(int regions, int vessels, int positions, int events, int outOfOrder) {

        static final Derived NOTHING = new Derived(0, 0, 0, 0, 0);
    }

    private final RegionCatalog catalog;
    private final RegionPositions positions;
    private final RegionTracks tracks;
    private final RegionEventStore events;
    private final RegionSeriesStore series;
    private final JdbcTemplate jdbc;
    private final Duration window;
    private final Duration warmup;

    RegionDerivation(
            RegionCatalog catalog,
            RegionPositions positions,
            RegionTracks tracks,
            RegionEventStore events,
            RegionSeriesStore series,
            JdbcTemplate jdbc,
            AggregationProperties properties) {
        this.catalog = catalog;
        this.positions = positions;
        this.tracks = tracks;
        this.events = events;
        this.series = series;
        this.jdbc = jdbc;
        this.window = properties.window();
        this.warmup = properties.regions().rebuildWarmup();
    }

    @Override
    public void derive(Instant from, Instant to, boolean listened) {
        RegionSet regions = catalog.all();
        Derived derived = listened ? continueTracks(regions, from, to) : rebuild(regions, from, to);
        log.debug("Regions derived for {} to {} ({}): {}", from, to, listened ? "live" : "import", derived);
    }

    /** A live batch's windows {@code [from, to)}, continuing each vessel's stored track. */
    Derived continueTracks(RegionSet regions, Instant from, Instant to) {
        if (regions.isEmpty()) {
            return Derived.NOTHING;
        }
        Map<Long, VesselTrack> stored = tracks.load(positions.vessels(regions, from, to));
        Presence presence = new Presence(window);
        Collector collector = new Collector();
        positions.forEachVessel(regions, from, to, (mmsi, list) -> {
            VesselTrack track = stored.computeIfAbsent(mmsi, VesselTrack::start);
            collector.add(regions.detector().process(track, list), list.size());
            list.forEach(position -> presence.add(regions.index(), position));
        });
        tracks.save(stored.values());
        Collection<RegionEvent> found = collector.events();
        events.upsert(found, regions);
        series.writePresence(regions, from, to, presence.counts());
        Instant touched = earliest(found, from);
        series.recountEvents(regions, touched, to);
        series.rollUp(regions, touched, to);
        return collector.derived(regions, stored.size());
    }

    /**
     * Derives the windows {@code [from, to)} again from a clean state: the events of these regions that start in the
     * range are replaced, the range's series recomputed. The caller has checked that the range's raw positions are
     * kept and holds the aggregation lock.
     */
    Derived rebuild(RegionSet regions, Instant from, Instant to) {
        if (regions.isEmpty()) {
            return Derived.NOTHING;
        }
        Presence presence = new Presence(window);
        Collector collector = new Collector();
        int[] vessels = {0};
        positions.forEachVessel(regions, from.minus(warmup), to, (mmsi, list) -> {
            vessels[0]++;
            Detection detection = regions.detector().process(VesselTrack.start(mmsi), list);
            collector.add(
                    new Detection(
                            detection.events().stream()
                                    .filter(e -> !e.start().isBefore(from)
                                            && e.start().isBefore(to))
                                    .toList(),
                            detection.outOfOrder()),
                    list.size());
            for (VesselPosition position : list) {
                if (!position.time().isBefore(from)) {
                    presence.add(regions.index(), position);
                }
            }
        });
        Collection<RegionEvent> found = collector.events();
        // the windows of events this replaces (a spell that ran on past the range) are recounted too
        Instant until = latestStoredEnd(regions, from, to, found);
        events.deleteOthers(regions, from, to, found);
        events.upsert(found, regions);
        series.writePresence(regions, from, to, presence.counts());
        series.recountEvents(regions, from, until);
        series.rollUp(regions, from, until);
        return collector.derived(regions, vessels[0]);
    }

    private Instant latestStoredEnd(RegionSet regions, Instant from, Instant to, Collection<RegionEvent> found) {
        Instant until = to;
        for (RegionEvent event : found) {
            if (event.end() != null && event.end().isAfter(until)) {
                until = event.end();
            }
        }
        Timestamp stored = jdbc.query(
                con -> {
                    var statement = con.prepareStatement(
                            "SELECT max(coalesce(ended_at, started_at)) FROM region_event WHERE region_id = ANY(?)"
                                    + " AND started_at >= ? AND started_at < ?");
                    statement.setArray(1, con.createArrayOf("bigint", regions.ids()));
                    statement.setTimestamp(2, Timestamp.from(from));
                    statement.setTimestamp(3, Timestamp.from(to));
                    return statement;
                },
                rs -> rs.next() ? rs.getTimestamp(1) : null);
        if (stored != null && stored.toInstant().isAfter(until)) {
            until = stored.toInstant();
        }
        // up to the window after the latest end, so that its own window is recounted
        return until.equals(to) ? to : until.plus(window);
    }

    /** The earliest window an event touches: a transit's end, a port call's or waiting spell's start. */
    private static Instant earliest(Collection<RegionEvent> found, Instant from) {
        Instant earliest = from;
        for (RegionEvent event : found) {
            Instant at = event.type() == RegionEventType.TRANSIT ? event.end() : event.start();
            if (at != null && at.isBefore(earliest)) {
                earliest = at;
            }
        }
        return earliest;
    }

    /** The events of a derivation, the last one emitted under each key (an open event, then the same closed). */
    private static final class Collector {
        private record Key(RegionEventType type, long mmsi, long regionId, Instant start) {}

        private final Map<Key, RegionEvent> events = new LinkedHashMap<>();
        private int positions;
        private int outOfOrder;

        void add(Detection detection, int positionCount) {
            for (RegionEvent event : detection.events()) {
                events.put(new Key(event.type(), event.mmsi(), event.regionId(), event.start()), event);
            }
            positions += positionCount;
            outOfOrder += detection.outOfOrder();
        }

        Collection<RegionEvent> events() {
            return new ArrayList<>(events.values());
        }

        Derived derived(RegionSet regions, int vessels) {
            return new Derived(regions.shapes().size(), vessels, positions, events.size(), outOfOrder);
        }
    }
}
