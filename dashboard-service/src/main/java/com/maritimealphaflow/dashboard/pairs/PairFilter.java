package com.maritimealphaflow.dashboard.pairs;

import com.maritimealphaflow.service.BadRequestException;
import java.util.Map;

/**
 * Which of a screen's pairs to list and in what order: passing ones only or all, those with a symbol, sorted by one
 * statistic. The sort column comes from a fixed map, never from the request's text.
 */
record PairFilter(boolean passingOnly, String symbol, String column, boolean descending) {

    private static final Map<String, String> SORTS = Map.ofEntries(
            Map.entry("pValue", "p_value"),
            Map.entry("bhPValue", "bh_p_value"),
            Map.entry("holmPValue", "holm_p_value"),
            Map.entry("statistic", "statistic"),
            Map.entry("hedgeRatio", "hedge_ratio"),
            Map.entry("halfLife", "half_life"),
            Map.entry("hurst", "hurst"),
            Map.entry("meanCrossings", "mean_crossings"),
            Map.entry("returnCorrelation", "return_correlation"),
            Map.entry("observations", "observations"));

    static PairFilter of(Boolean passing, String symbol, String sort, String order) {
        String column = SORTS.get(sort == null ? "bhPValue" : sort);
        if (column == null) {
            throw new BadRequestException("sort", "'sort' must be one of " + String.join(", ", SORTS.keySet()));
        }
        if (order != null && !order.equals("asc") && !order.equals("desc")) {
            throw new BadRequestException("order", "'order' must be asc or desc");
        }
        if (symbol != null && (symbol.length() > 40 || !symbol.matches("[A-Za-z0-9._:^=/-]*"))) {
            throw new BadRequestException("symbol", "'symbol' must be up to 40 letters, digits or . _ : ^ = / -");
        }
        return new PairFilter(
                passing == null || passing,
                symbol == null || symbol.isBlank() ? null : symbol.strip(),
                column,
                "desc".equals(order));
    }
}
