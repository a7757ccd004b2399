package com.maritimealphaflow.dashboard.regions;

import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The parameters of a region's series, checked: points start in {@code [from, to)}.
 *
 * @param direction {@code ab}, {@code ba} or null for both; transits only
 * @param average whether each point carries its trailing average
 */
record RegionSeriesRequest(
        RegionMetric metric,
        RegionInterval interval,
        String category,
        String direction,
        Instant from,
        Instant to,
        boolean average) {

    /**
     * Reads the parameters as the API takes them: defaults (metric present, interval 1h, category total, the last
     * {@code defaultRange} up to now) for those absent, and a 400 naming the parameter for anything unusable, including a
     * range that would give more than {@code maxPoints} points.
     */
    static RegionSeriesRequest of(
            RegionSeriesParameters parameters, Instant now, DashboardProperties.Regions settings) {
        String metric = parameters.metric() == null ? RegionMetric.PRESENT.key() : parameters.metric();
        String interval = parameters.interval();
        String direction = parameters.direction();
        Instant from = parameters.from();
        Instant to = parameters.to();
        RegionMetric chosenMetric = RegionMetric.of(metric);
        RegionInterval chosenInterval = interval == null ? RegionInterval.HOUR : RegionInterval.of(interval);
        String chosenDirection = direction == null || direction.isBlank() ? null : direction.strip();
        RegionSeriesQueries.checkDirection(chosenMetric, chosenDirection);
        Instant end = RequestBounds.instant("to", to) == null ? now : to;
        Instant start = RequestBounds.instant("from", from) == null ? end.minus(settings.defaultRange()) : from;
        if (!start.isBefore(end)) {
            throw new BadRequestException("from", "'from' must lie before 'to'");
        }
        Duration step = chosenInterval.length();
        long points = (Duration.between(start, end).toSeconds() + step.toSeconds() - 1) / step.toSeconds();
        if (points > settings.maxPoints()) {
            throw new BadRequestException(
                    "from",
                    String.format(
                            Locale.ROOT,
                            "from %s to %s at interval %s is up to %,d points, more than the %,d allowed: choose a"
                                    + " later 'from' or a coarser interval (1h or 1d)",
                            start,
                            end,
                            chosenInterval.key(),
                            points,
                            settings.maxPoints()));
        }
        return new RegionSeriesRequest(
                chosenMetric,
                chosenInterval,
                RegionSeriesQueries.category(parameters.category()),
                chosenDirection,
                start,
                end,
                Boolean.TRUE.equals(parameters.average()));
    }
}
