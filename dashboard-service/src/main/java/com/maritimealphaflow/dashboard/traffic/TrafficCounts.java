package com.maritimealphaflow.dashboard.traffic;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/** The counts chart's series and the gauge, both anchored at the newest aggregated window. */
@Service
class TrafficCounts {

    static final String RESOLUTION = "resolution";

    private final CountsRepository counts;
    private final DashboardProperties properties;
    private final Clock clock;
    private final Map<BucketRange, Buckets> recentBuckets = new ConcurrentHashMap<>();

    TrafficCounts(CountsRepository counts, DashboardProperties properties, Clock clock) {
        this.counts = counts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param rangeKey 6h, 24h, 7d, 30d or all
     * @param resolutionKey auto (the range's default), window, hour or day
     */
    CountSeries series(String rangeKey, String resolutionKey, List<String> categories) {
        CountRange range = CountRange.of(rangeKey);
        Resolution resolution = resolution(resolutionKey, range);
        List<String> keys = CategoryParameter.seriesKeys(categories, CategoryParameter.DEFAULT_SERIES);
        Duration step = resolution.step(properties.batchInterval());

        Optional<CountsRepository.Window> latest = counts.latest();
        if (latest.isEmpty()) {
            return assemble(range, resolution, step, null, null, List.of(), keys);
        }
        Instant to = latest.get().start();
        Instant reach = range.length() == null
                ? counts.earliest().orElse(to)
                : to.minus(range.length()).plus(step);
        long points = Duration.between(reach, to).dividedBy(step) + 1;
        if (points > properties.counts().maxPoints()) {
            throw new BadRequestException(
                    RESOLUTION,
                    String.format(
                            Locale.ROOT,
                            "range '%s' at resolution '%s' would give %,d points, more than the %,d allowed: choose a"
                                    + " coarser resolution (hour or day) or a shorter range",
                            range.key(),
                            resolution.key(),
                            points,
                            properties.counts().maxPoints()));
        }
        Instant from = resolution == Resolution.WINDOW ? reach : truncate(reach, resolution);
        List<CountRow> rows =
                resolution == Resolution.WINDOW ? counts.windows(from, to) : buckets(resolution, from, to);
        return assemble(range, resolution, step, from, to, rows, keys);
    }

    Gauge gauge() {
        Duration span = properties.counts().smaSpan();
        Optional<CountsRepository.Window> newest = counts.latest();
        if (newest.isEmpty()) {
            return Gauge.empty(span, null, null);
        }
        CountsRepository.Window latest = newest.get();
        CountsRepository.Average average = counts.averageTotal(latest.start().minus(span), latest.start());
        return Gauge.of(
                latest.start(),
                latest.end(),
                latest.total(),
                categories(latest.counts()),
                average.mean(),
                average.windows(),
                average.oldestWindow(),
                span,
                null,
                null);
    }

    /**
     * Hourly or daily averages from {@link CountsRepository#buckets} (the aggregation service's rollups, or the windows
     * averaged where no rollup covers the range), reused for the same range for the bucket cache TTL: every open page
     * polls the same ranges, so one read serves them all, and the fallback that averages a month or a year of windows
     * is one of the dearest queries the dashboard makes. A new window moves the range, so it is read afresh.
     */
    private List<CountRow> buckets(Resolution resolution, Instant from, Instant to) {
        Duration ttl = properties.counts().bucketCacheTtl();
        if (ttl.isZero()) {
            return counts.buckets(resolution, from, to);
        }
        Instant now = clock.instant();
        BucketRange range = new BucketRange(resolution, from, to);
        Buckets cached = recentBuckets.get(range);
        if (cached != null && cached.freshAt(now, ttl)) {
            return cached.rows();
        }
        List<CountRow> rows = counts.buckets(resolution, from, to);
        recentBuckets.values().removeIf(old -> !old.freshAt(now, ttl));
        recentBuckets.put(range, new Buckets(now, rows));
        return rows;
    }

    private record BucketRange(Resolution resolution, Instant from, Instant to) {}

    private record Buckets(Instant readAt, List<CountRow> rows) {

        boolean freshAt(Instant now, Duration ttl) {
            return now.isBefore(readAt.plus(ttl));
        }
    }

    private static Map<String, Integer> categories(CountRow row) {
        Map<String, Integer> categories = new LinkedHashMap<>();
        for (VesselCategory category : VesselCategory.values()) {
            categories.put(category.key(), (int) row.value(category.key()));
        }
        return categories;
    }

    private static Resolution resolution(String key, CountRange range) {
        if (key == null || key.isBlank() || key.strip().equalsIgnoreCase("auto")) {
            return range.defaultResolution();
        }
        for (Resolution resolution : Resolution.values()) {
            if (resolution.key().equalsIgnoreCase(key.strip())) {
                return resolution;
            }
        }
        throw new BadRequestException(
                RESOLUTION,
                "unknown resolution '" + CategoryParameter.abbreviate(key) + "': expected auto, window, hour or day");
    }

    private static Instant truncate(Instant instant, Resolution resolution) {
        return instant.truncatedTo(resolution == Resolution.DAY ? ChronoUnit.DAYS : ChronoUnit.HOURS);
    }

    private static CountSeries assemble(
            CountRange range,
            Resolution resolution,
            Duration step,
            Instant from,
            Instant to,
            List<CountRow> rows,
            List<String> keys) {
        List<Instant> times = rows.stream().map(CountRow::time).toList();
        List<CountSeries.Series> series = new ArrayList<>();
        for (String key : keys) {
            List<Double> values = new ArrayList<>(rows.size());
            for (CountRow row : rows) {
                // Averages of hours and days to one decimal; windows are whole numbers anyway.
                values.add(Math.round(row.value(key) * 10) / 10.0);
            }
            series.add(new CountSeries.Series(key, values));
        }
        return new CountSeries(
                range.key(), resolution.key(), step.toSeconds(), from, to, List.copyOf(times), List.copyOf(series));
    }
}
