package com.maritimealphaflow.ingestion.ais.imports;

import com.maritimealphaflow.ingestion.ais.AisDecoding;
import com.maritimealphaflow.model.ais.AisReport;
import com.maritimealphaflow.model.ais.PositionReport;
import com.maritimealphaflow.model.ais.StaticReport;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Drops the static data a CSV row repeats. NOAA and DMA rows carry the vessel's name, type and sizes with every
 * position, so a time-ordered day of 7 M rows holds about 7 M copies of the data of some 25,000 vessels; merging each
 * into {@code ship_static} cost more than storing the positions (docs/benchmarks.md). A row's static part is passed on
 * only when it differs from the last one passed on for that vessel in this import, or when that one is older than
 * {@link #REFRESH} of report time, so {@code ship_static.updated_at} still follows the day. The row's position always
 * goes on, and the row still counts once, as a position.
 *
 * <p>Not thread-safe: one per reading thread, kept across the files of one import. Memory: one static report per
 * vessel seen.
 */
final class RepeatedStatics {

    /** A vessel's unchanged static data is written again once this much report time has passed. */
    static final Duration REFRESH = Duration.ofHours(1);

    private final Map<Integer, StaticReport> lastPassed = new HashMap<>();

    AisDecoding apply(AisDecoding decoding) {
        if (!(decoding instanceof AisDecoding.Reports reports)
                || reports.reports().size() != 2) {
            return decoding;
        }
        PositionReport position = null;
        StaticReport data = null;
        for (AisReport report : reports.reports()) {
            if (report instanceof PositionReport p) {
                position = p;
            } else if (report instanceof StaticReport s) {
                data = s;
            }
        }
        if (position == null || data == null || data.time() == null) {
            return decoding;
        }
        StaticReport last = lastPassed.get(data.mmsi());
        if (last != null && sameData(last, data) && within(last, data)) {
            return AisDecoding.Reports.of(position);
        }
        lastPassed.put(data.mmsi(), data);
        return decoding;
    }

    private static boolean within(StaticReport last, StaticReport next) {
        return !next.time().isBefore(last.time())
                && next.time().isBefore(last.time().plus(REFRESH));
    }

    /** The same data, whatever the report time. */
    private static boolean sameData(StaticReport a, StaticReport b) {
        return a.equals(new StaticReport(
                b.mmsi(),
                a.time(),
                b.name(),
                b.callSign(),
                b.imo(),
                b.shipType(),
                b.destination(),
                b.eta(),
                b.toBow(),
                b.toStern(),
                b.toPort(),
                b.toStarboard(),
                b.draught(),
                b.messageType()));
    }
}
