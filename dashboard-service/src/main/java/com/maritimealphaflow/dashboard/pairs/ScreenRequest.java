package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.model.market.BarInterval;
import com.maritimealphaflow.model.market.MarketSource;
import com.maritimealphaflow.service.BadRequestException;
import java.time.LocalDate;

/**
 * A screen as requested over REST; every field may be left out. {@link #resolve} checks each (a 400 naming it) and
 * fills the defaults.
 */
public record ScreenRequest(
        String interval,
        String source,
        Boolean adjusted,
        LocalDate trainingFrom,
        LocalDate trainingTo,
        Double minCoverage,
        Integer minObservations,
        Boolean clustering,
        Double explainedVariance,
        Integer maxComponents,
        Integer minPoints,
        Double epsQuantile,
        Double alpha,
        String adjustment,
        Double minHalfLife,
        Double maxHalfLife,
        Double maxHurst) {

    /** Training window when none is given: this long before its end. */
    static final int DEFAULT_TRAINING_YEARS = 3;

    /**
     * The universe part of the request checked (interval, source, adjustment), for finding the series before the
     * rest can be resolved against them; the other fields are placeholders.
     */
    ScreenSettings resolveUniverseOnly() {
        LocalDate anyDay = LocalDate.of(2000, 1, 1);
        return new ScreenRequest(
                        interval,
                        source,
                        adjusted,
                        anyDay,
                        anyDay.plusDays(1),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)
                .resolve(anyDay);
    }

    /** The request checked, with defaults; {@code latestDay} is the last stored bar's day (the default end). */
    ScreenSettings resolve(LocalDate latestDay) {
        String chosenInterval = interval == null ? BarInterval.ONE_DAY.key() : interval;
        if (!BarInterval.ONE_DAY.key().equals(chosenInterval)) {
            throw new BadRequestException(
                    "interval",
                    "'interval' must be 1d: screens compare daily closes, was '" + abbreviate(chosenInterval) + "'");
        }
        if (source != null && MarketSource.parse(source).isEmpty()) {
            throw new BadRequestException("source", "'source' is not a market source: '" + abbreviate(source) + "'");
        }
        RequestBounds.date("trainingFrom", trainingFrom);
        RequestBounds.date("trainingTo", trainingTo);
        LocalDate to = trainingTo != null ? trainingTo : latestDay;
        LocalDate from = trainingFrom != null ? trainingFrom : to.minusYears(DEFAULT_TRAINING_YEARS);
        if (!from.isBefore(to)) {
            throw new BadRequestException("trainingFrom", "'trainingFrom' must lie before 'trainingTo' (" + to + ")");
        }
        if (from.plusYears(30).isBefore(to)) {
            throw new BadRequestException("trainingFrom", "the training window may span at most 30 years");
        }
        return new ScreenSettings(
                        chosenInterval,
                        source,
                        adjusted,
                        from,
                        to,
                        within("minCoverage", minCoverage, 0.95, 0, 1),
                        (int) within(
                                "minObservations",
                                minObservations == null ? null : minObservations.doubleValue(),
                                250,
                                20,
                                100_000),
                        clustering != null && clustering,
                        within("explainedVariance", explainedVariance, 0.9, 0.01, 1),
                        (int) within(
                                "maxComponents",
                                maxComponents == null ? null : maxComponents.doubleValue(),
                                10,
                                1,
                                100),
                        (int) within("minPoints", minPoints == null ? null : minPoints.doubleValue(), 3, 1, 100),
                        within("epsQuantile", epsQuantile, 0.5, 0.01, 1),
                        within("alpha", alpha, 0.05, 1e-6, 0.5),
                        chosenAdjustment(),
                        within("minHalfLife", minHalfLife, 1, 0, 10_000),
                        within("maxHalfLife", maxHalfLife, 126, 0, 10_000),
                        within("maxHurst", maxHurst, 0.5, 0, 1))
                .checked();
    }

    private String chosenAdjustment() {
        if (adjustment == null) {
            return "bh";
        }
        if (!adjustment.equals("bh") && !adjustment.equals("holm")) {
            throw new BadRequestException(
                    "adjustment", "'adjustment' must be bh or holm, was '" + abbreviate(adjustment) + "'");
        }
        return adjustment;
    }

    private static double within(String field, Double value, double defaultValue, double min, double max) {
        double chosen = value == null ? defaultValue : value;
        if (!(chosen >= min && chosen <= max)) {
            throw new BadRequestException(
                    field, "'" + field + "' must lie between " + min + " and " + max + ", was " + chosen);
        }
        return chosen;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
