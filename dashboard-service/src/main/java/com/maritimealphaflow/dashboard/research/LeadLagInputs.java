package com.maritimealphaflow.dashboard.research;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.dashboard.regions.RegionMetric;
import com.maritimealphaflow.dashboard.regions.RegionSeriesSelection;
import com.maritimealphaflow.dashboard.research.leadlag.TrafficTransform;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Checks a lead-lag request before anything is read: every refusal is a 400 naming the field. */
final class LeadLagInputs {

    static final int MAX_LAG = 60;
    private static final int MAX_SYMBOL = 32;

    private LeadLagInputs() {}

    /** A request's fields, checked; {@code region} null for the vessel counts of every window. */
    record Checked(
            String symbol,
            Frequency frequency,
            Instant from,
            Instant to,
            String category,
            Region region,
            String transformKey,
            TrafficTransform transform,
            int maxLag) {}

    /** A region's series, its names checked. */
    record Region(long id, RegionMetric metric, String direction) {}

    static Checked check(LeadLagRequest request) {
        String symbol = RequestBounds.text("symbol", request.symbol(), MAX_SYMBOL);
        if (symbol == null || symbol.isBlank()) {
            throw new BadRequestException("symbol", "an instrument symbol is required, e.g. BTCUSDT");
        }
        Frequency frequency = Frequency.of(request.frequency() == null ? "day" : request.frequency());
        if (request.from() == null) {
            throw new BadRequestException("from", "the start of the range is required");
        }
        RequestBounds.instant("from", request.from());
        RequestBounds.instant("to", request.to());
        if (request.to() == null || !request.to().isAfter(request.from())) {
            throw new BadRequestException("to", "the end of the range must be after its start");
        }
        if (Duration.between(request.from(), request.to()).compareTo(frequency.maxRange()) > 0) {
            throw new BadRequestException(
                    "from",
                    "at most " + frequency.maxRange().toDays() + " days per study at a frequency of one "
                            + frequency.key() + ": shorten from..to or choose a longer frequency");
        }
        String category = CategoryParameter.seriesKeys(
                        request.category() == null ? List.of() : List.of(request.category()),
                        List.of(CategoryParameter.TOTAL))
                .get(0);
        TrafficTransform transform = frequency.transform(request.transform());
        int maxLag = request.maxLag() == null ? frequency.defaultMaxLag() : request.maxLag();
        if (maxLag < 1 || maxLag > MAX_LAG) {
            throw new BadRequestException("maxLag", "must be between 1 and " + MAX_LAG);
        }
        return new Checked(
                symbol,
                frequency,
                request.from(),
                request.to(),
                category,
                region(request.region()),
                request.transform() == null ? "difference" : request.transform().strip(),
                transform,
                maxLag);
    }

    private static Region region(LeadLagRequest.RegionSeriesChoice choice) {
        if (choice == null) {
            return null;
        }
        RegionSeriesSelection checked =
                RegionSeriesSelection.check(choice.id(), choice.metric(), choice.direction(), "the traffic");
        return new Region(checked.id(), checked.metric(), checked.direction());
    }
}
