package com.maritimealphaflow.dashboard.destinations;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.dashboard.DashboardProperties;
import com.maritimealphaflow.dashboard.RequestBounds;
import com.maritimealphaflow.dashboard.VesselText;
import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.service.BadRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** Destinations counted, filtered by category and text, sorted and limited as a request asks. */
@Service
class DestinationQuery {

    static final String SINCE = "since";
    static final String SORT = "sort";
    static final String DIRECTION = "direction";
    static final String LIMIT = "limit";

    private final DestinationRepository repository;
    private final DashboardProperties.Destinations settings;
    private final Clock clock;

    DestinationQuery(DestinationRepository repository, DashboardProperties properties, Clock clock) {
        this.repository = repository;
        this.settings = properties.destinations();
        this.clock = clock;
    }

    /**
     * @param since the first day counted (UTC); null for the configured default
     * @param text only destinations containing this, case-insensitive; null or blank for all
     * @param limit at most this many rows; null for all (up to the configured maximum)
     */
    DestinationTable table(
            LocalDate since, List<String> categoryValues, String text, String sort, String direction, Integer limit) {
        RequestBounds.date(SINCE, since);
        RequestBounds.text("q", text, 200);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first =
                since == null ? today.minusDays(settings.defaultSince().toDays()) : since;
        if (first.isAfter(today)) {
            throw new BadRequestException(SINCE, "'since' " + first + " is in the future (today is " + today + " UTC)");
        }
        Set<VesselCategory> categories = CategoryParameter.categories(categoryValues);
        Order order = order(sort, direction);
        int rowsWanted = limit == null ? settings.maxRows() : limit;
        if (rowsWanted < 1 || rowsWanted > settings.maxRows()) {
            throw new BadRequestException(
                    LIMIT, "'limit' must be between 1 and " + settings.maxRows() + ", was " + rowsWanted);
        }
        String needle = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);

        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, EnumMap<VesselCategory, Integer>> byDestination = new HashMap<>();
        int withoutDestination = 0;
        for (DestinationRepository.Group group : repository.groups(from)) {
            VesselCategory category = VesselCategory.ofShipType(group.shipType());
            if (!categories.contains(category)) {
                continue;
            }
            String destination = VesselText.normalised(group.destination());
            if (destination == null) {
                withoutDestination += group.vessels();
            } else if (destination.contains(needle)) {
                byDestination
                        .computeIfAbsent(destination, d -> new EnumMap<>(VesselCategory.class))
                        .merge(category, group.vessels(), Integer::sum);
            }
        }
        List<DestinationCount> rows = new ArrayList<>(byDestination.size());
        int vessels = 0;
        for (Map.Entry<String, EnumMap<VesselCategory, Integer>> entry : byDestination.entrySet()) {
            Map<String, Integer> perCategory = new LinkedHashMap<>();
            int sum = 0;
            for (Map.Entry<VesselCategory, Integer> count : entry.getValue().entrySet()) {
                perCategory.put(count.getKey().key(), count.getValue());
                sum += count.getValue();
            }
            rows.add(new DestinationCount(entry.getKey(), sum, perCategory));
            vessels += sum;
        }
        rows.sort(order.comparator());
        return new DestinationTable(
                from,
                categories.stream().map(VesselCategory::key).toList(),
                order.sort(),
                order.direction(),
                rows.size(),
                vessels,
                withoutDestination,
                List.copyOf(rows.subList(0, Math.min(rowsWanted, rows.size()))));
    }

    private static Order order(String sort, String direction) {
        String by = sort == null || sort.isBlank() ? "vessels" : sort.strip().toLowerCase(Locale.ROOT);
        if (!by.equals("vessels") && !by.equals("destination")) {
            throw new BadRequestException(
                    SORT, "unknown sort '" + CategoryParameter.abbreviate(sort) + "': expected vessels or destination");
        }
        String defaultDirection = by.equals("vessels") ? "desc" : "asc";
        String dir = direction == null || direction.isBlank()
                ? defaultDirection
                : direction.strip().toLowerCase(Locale.ROOT);
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw new BadRequestException(
                    DIRECTION,
                    "unknown direction '" + CategoryParameter.abbreviate(direction) + "': expected asc or desc");
        }
        return new Order(by, dir);
    }

    private record Order(String sort, String direction) {

        Comparator<DestinationCount> comparator() {
            Comparator<DestinationCount> byName = Comparator.comparing(DestinationCount::destination);
            Comparator<DestinationCount> primary =
                    sort.equals("vessels") ? Comparator.comparingInt(DestinationCount::vessels) : byName;
            if (direction.equals("desc")) {
                primary = primary.reversed();
            }
            // Ties in vessel count read alphabetically whichever way the counts go.
            return sort.equals("vessels") ? primary.thenComparing(byName) : primary;
        }
    }
}
