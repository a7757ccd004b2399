package com.maritimealphaflow.dashboard;

import com.maritimealphaflow.model.ais.VesselCategory;
import com.maritimealphaflow.service.BadRequestException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the {@code category} request parameter of the API: vessel category keys ({@code cargo}, {@code tanker}, …),
 * repeated or comma-separated. An unknown key is a 400 that names the parameter and lists the known keys.
 */
public final class CategoryParameter {

    public static final String NAME = "category";
    /** The series of all vessels together, beside the categories, in the counts chart. */
    public static final String TOTAL = "total";
    /** The counts chart's series when none are asked for: all vessels and the three largest categories. */
    public static final List<String> DEFAULT_SERIES =
            List.of(TOTAL, VesselCategory.CARGO.key(), VesselCategory.TANKER.key(), VesselCategory.PASSENGER.key());

    private static final String KNOWN =
            Arrays.stream(VesselCategory.values()).map(VesselCategory::key).collect(Collectors.joining(", "));

    private CategoryParameter() {}

    /** The categories asked for; every category when the parameter is absent or empty. */
    public static Set<VesselCategory> categories(List<String> values) {
        EnumSet<VesselCategory> chosen = EnumSet.noneOf(VesselCategory.class);
        for (String key : keys(values)) {
            chosen.add(category(key));
        }
        return chosen.isEmpty() ? EnumSet.allOf(VesselCategory.class) : chosen;
    }

    /**
     * Series keys for the counts chart: {@value #TOTAL} and category keys, in the order asked, without repeats;
     * {@code fallback} when the parameter is absent or empty.
     */
    public static List<String> seriesKeys(List<String> values, List<String> fallback) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : keys(values)) {
            keys.add(TOTAL.equals(key) ? TOTAL : category(key).key());
        }
        return keys.isEmpty() ? fallback : List.copyOf(keys);
    }

    private static List<String> keys(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(key -> key.strip().toLowerCase(Locale.ROOT))
                .filter(key -> !key.isEmpty())
                .toList();
    }

    private static VesselCategory category(String key) {
        for (VesselCategory category : VesselCategory.values()) {
            if (category.key().equals(key)) {
                return category;
            }
        }
        throw new BadRequestException(
                NAME,
                "unknown category '" + abbreviate(key) + "': expected " + KNOWN
                        + " (and total, where a series of all vessels is offered)");
    }

    /** At most a short prefix of what a client sent, for echoing it in an error message. */
    public static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
