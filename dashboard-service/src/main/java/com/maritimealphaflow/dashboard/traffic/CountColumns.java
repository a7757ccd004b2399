package com.maritimealphaflow.dashboard.traffic;

import com.maritimealphaflow.dashboard.CategoryParameter;
import com.maritimealphaflow.model.ais.VesselCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The count columns of {@code ship_count_agg}: the total, then one per vessel category, named by its key. */
final class CountColumns {

    /** {@code total} and every category key, in column order. */
    static final List<String> ALL;

    static {
        List<String> keys = new ArrayList<>();
        keys.add(CategoryParameter.TOTAL);
        for (VesselCategory category : VesselCategory.values()) {
            keys.add(category.key());
        }
        ALL = Collections.unmodifiableList(keys);
    }

    private CountColumns() {}

    static int index(String key) {
        return ALL.indexOf(key);
    }

    /** {@code expression} applied to each column, comma-separated, e.g. {@code avg(%s)}. */
    static String each(String expression) {
        return String.join(", ", ALL.stream().map(expression::formatted).toList());
    }
}
