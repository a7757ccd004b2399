package com.maritimealphaflow.dashboard.web;

import com.maritimealphaflow.model.ais.VesselCategory;
import java.util.Arrays;
import java.util.List;

/**
 * How the pages show a vessel category: its label, and its colour on the map, in legends and in charts. Only the
 * dashboard shows categories, so this lives here rather than in the enum; the exhaustive switch makes a new category
 * in {@link VesselCategory} fail to compile until it has a label and a colour.
 */
record VesselCategoryStyle(String key, String label, String color) {

    /** Every category, in the enum's order, which is the order of legends and pickers. */
    static List<VesselCategoryStyle> all() {
        return Arrays.stream(VesselCategory.values())
                .map(VesselCategoryStyle::of)
                .toList();
    }

    private static VesselCategoryStyle of(VesselCategory category) {
        return switch (category) {
            case CARGO -> style(category, "Cargo", "#4e79a7");
            case TANKER -> style(category, "Tanker", "#e15759");
            case PASSENGER -> style(category, "Passenger", "#59a14f");
            case FISHING -> style(category, "Fishing", "#f28e2b");
            case TUG -> style(category, "Tug & towing", "#b07aa1");
            case HIGH_SPEED_CRAFT -> style(category, "High-speed craft", "#76b7b2");
            case PLEASURE -> style(category, "Pleasure & sailing", "#edc948");
            case MILITARY -> style(category, "Military & law enf.", "#9c755f");
            case OTHER -> style(category, "Other", "#a0a7b4");
            case UNKNOWN -> style(category, "Unknown", "#5b6470");
        };
    }

    private static VesselCategoryStyle style(VesselCategory category, String label, String color) {
        return new VesselCategoryStyle(category.key(), label, color);
    }
}
